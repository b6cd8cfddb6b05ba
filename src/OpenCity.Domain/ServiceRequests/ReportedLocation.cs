using NetTopologySuite.Geometries;

namespace OpenCity.Domain.ServiceRequests;

/// <summary>
/// The privacy rule for where a citizen stood: the public sees a report's location snapped to a
/// grid of <see cref="GridDegrees"/> (about 55 m north–south, less east–west away from the
/// equator), so a report shows the block, never the doorstep.
/// </summary>
public static class ReportedLocation
{
    /// <summary>The grid step in degrees of latitude and longitude (PostGIS's <c>ST_SnapToGrid(location, 0.0005)</c> agrees).</summary>
    public const double GridDegrees = 0.0005;

    public static Point Round(Point location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var rounded = new Point(Snap(location.X), Snap(location.Y)) { SRID = location.SRID };
        return rounded;
    }

    // Half to even, as PostGIS's rint() does, so both roundings agree on every point.
    private static double Snap(double degrees) => Math.Round(degrees / GridDegrees, MidpointRounding.ToEven) * GridDegrees;
}
