using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace OpenCity.Geospatial.Geodesy;

/// <summary>Puts polygon rings in the orientation RFC 7946 asks for: exterior rings counter-clockwise, holes clockwise.</summary>
public static class RingOrientation
{
    /// <summary>Returns the polygons of a geometry as a multipolygon with RFC 7946 ring orientation.</summary>
    public static MultiPolygon ToMultiPolygon(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var polygons = new List<Polygon>();
        Collect(geometry, polygons);
        return geometry.Factory.CreateMultiPolygon([.. polygons.Select(Normalise)]);
    }

    /// <summary>Returns the polygon with its exterior ring counter-clockwise and its holes clockwise.</summary>
    public static Polygon Normalise(Polygon polygon)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        var shell = Orient(polygon.Shell, counterClockwise: true);
        var holes = polygon.Holes.Select(h => Orient(h, counterClockwise: false)).ToArray();
        return polygon.Factory.CreatePolygon(shell, holes);
    }

    /// <summary>Whether every exterior ring is counter-clockwise and every hole clockwise.</summary>
    public static bool IsRfc7946(MultiPolygon multiPolygon)
    {
        ArgumentNullException.ThrowIfNull(multiPolygon);
        return multiPolygon.Geometries.Cast<Polygon>().All(p =>
            Orientation.IsCCW(p.Shell.CoordinateSequence) && p.Holes.All(h => !Orientation.IsCCW(h.CoordinateSequence)));
    }

    private static LinearRing Orient(LinearRing ring, bool counterClockwise) =>
        Orientation.IsCCW(ring.CoordinateSequence) == counterClockwise ? ring : (LinearRing)ring.Reverse();

    private static void Collect(Geometry geometry, List<Polygon> polygons)
    {
        switch (geometry)
        {
            case Polygon { IsEmpty: false } polygon:
                polygons.Add(polygon);
                break;
            case GeometryCollection collection:
                for (var i = 0; i < collection.NumGeometries; i++)
                {
                    Collect(collection.GetGeometryN(i), polygons);
                }

                break;
        }
    }
}
