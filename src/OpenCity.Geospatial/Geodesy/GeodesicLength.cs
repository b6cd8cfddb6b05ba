using NetTopologySuite.Geometries;

namespace OpenCity.Geospatial.Geodesy;

/// <summary>Lengths of WGS 84 lines in metres along the ellipsoid: each segment a geodesic.</summary>
public static class GeodesicLength
{
    /// <summary>The length of the lines in a geometry, or the perimeter of its polygons (rings and holes); 0 for points.</summary>
    public static double Of(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return geometry switch
        {
            LineString line => OfSequence(line.CoordinateSequence),
            Polygon polygon => OfSequence(polygon.ExteriorRing.CoordinateSequence) + polygon.InteriorRings.Sum(hole => OfSequence(hole.CoordinateSequence)),
            GeometryCollection collection => Enumerable.Range(0, collection.NumGeometries).Sum(i => Of(collection.GetGeometryN(i))),
            _ => 0.0,
        };
    }

    private static double OfSequence(CoordinateSequence sequence)
    {
        var length = 0.0;
        for (var i = 1; i < sequence.Count; i++)
        {
            length += GeodesicDistance.Between(sequence.GetX(i - 1), sequence.GetY(i - 1), sequence.GetX(i), sequence.GetY(i));
        }

        return length;
    }
}
