using NetTopologySuite.Geometries;

namespace OpenCity.Geospatial.Geodesy;

/// <summary>The point a map labels an area with.</summary>
public static class RepresentativePoint
{
    /// <summary>
    /// The centroid rounded to <see cref="Wgs84.Precision"/> when that lies inside, else NetTopologySuite's
    /// interior point, surely inside (an L- or U-shaped area).
    /// </summary>
    public static Point Of(Geometry area)
    {
        ArgumentNullException.ThrowIfNull(area);
        var centroid = area.Centroid;
        var rounded = Wgs84.Factory.CreatePoint(new Coordinate(Wgs84.Round(centroid.X), Wgs84.Round(centroid.Y)));
        if (area.Contains(rounded))
        {
            return rounded;
        }

        var inside = area.InteriorPoint;
        return Wgs84.Factory.CreatePoint(new Coordinate(inside.X, inside.Y));
    }
}
