using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace OpenCity.GraphQL.Data.Spatial;

/// <summary>
/// Writes NetTopologySuite geometries as RFC 7946 GeoJSON geometry objects (a tree of
/// dictionaries and arrays the JSON serializer writes as is), with polygons wound by the
/// right-hand rule: outer rings counter-clockwise, holes clockwise.
/// </summary>
public static class GeoJsonWriter
{
    public static Dictionary<string, object> Write(Geometry geometry) => geometry switch
    {
        Point point => Object("Point", Position(point.Coordinate)),
        LineString line => Object("LineString", Positions(line.Coordinates)),
        Polygon polygon => Object("Polygon", Rings(polygon)),
        MultiPoint points => Object("MultiPoint", points.Geometries.Select(p => Position(p.Coordinate)).ToArray()),
        MultiLineString lines => Object("MultiLineString", lines.Geometries.Select(l => Positions(l.Coordinates)).ToArray()),
        MultiPolygon polygons => Object("MultiPolygon", polygons.Geometries.Cast<Polygon>().Select(Rings).ToArray()),
        GeometryCollection collection => new Dictionary<string, object>
        {
            ["type"] = "GeometryCollection",
            ["geometries"] = collection.Geometries.Select(Write).ToArray(),
        },
        _ => throw new NotSupportedException($"GeoJSON has no geometry type for {geometry.GeometryType}."),
    };

    private static Dictionary<string, object> Object(string type, object coordinates) => new()
    {
        ["type"] = type,
        ["coordinates"] = coordinates,
    };

    private static double[] Position(Coordinate coordinate) => [coordinate.X, coordinate.Y];

    private static double[][] Positions(Coordinate[] coordinates) => Array.ConvertAll(coordinates, Position);

    private static double[][][] Rings(Polygon polygon)
    {
        var rings = new double[polygon.NumInteriorRings + 1][][];
        rings[0] = Wound(polygon.ExteriorRing.Coordinates, counterClockwise: true);
        for (var i = 0; i < polygon.NumInteriorRings; i++)
        {
            rings[i + 1] = Wound(polygon.GetInteriorRingN(i).Coordinates, counterClockwise: false);
        }

        return rings;
    }

    private static double[][] Wound(Coordinate[] ring, bool counterClockwise)
    {
        var positions = Positions(ring);
        if (ring.Length >= 4 && Orientation.IsCCW(ring) != counterClockwise)
        {
            Array.Reverse(positions);
        }

        return positions;
    }
}
