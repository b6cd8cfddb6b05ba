using NetTopologySuite.Geometries;

namespace OpenCity.Geospatial.Geodesy;

/// <summary>
/// Grows a WGS 84 geometry by a distance in metres (the area within that distance of it), built in
/// a <see cref="LocalPlane"/> around it so that the distance is the same in every direction on
/// the ground, not in degrees.
/// </summary>
public static class MetricBuffer
{
    /// <summary>Segments per quarter circle: 16 keeps a circle's radius within 0.5 % of the distance.</summary>
    private const int QuadrantSegments = 16;

    /// <summary>The area within <paramref name="meters"/> of <paramref name="geometry"/>; the geometry itself for 0.</summary>
    public static Geometry Buffer(Geometry geometry, double meters)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentOutOfRangeException.ThrowIfNegative(meters);
        if (meters == 0)
        {
            return geometry;
        }

        var plane = LocalPlane.Around(geometry);
        return plane.ToDegrees(plane.ToMeters(geometry).Buffer(meters, QuadrantSegments));
    }
}
