using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace OpenCity.Geospatial.Geodesy;

/// <summary>
/// Simplifies a WGS 84 geometry with a tolerance in metres, keeping its topology (rings do not
/// cross, holes stay holes). The geometry is projected to a local equirectangular plane around
/// its centre (<see cref="LocalPlane"/>), simplified there with Douglas–Peucker, and projected back.
/// </summary>
public static class MetricSimplifier
{
    /// <summary>The geometry with no vertex further than <paramref name="toleranceMeters"/> from where it was; the geometry itself for 0.</summary>
    public static Geometry Simplify(Geometry geometry, double toleranceMeters)
    {
        ArgumentNullException.ThrowIfNull(geometry);

        // Not ThrowIfNegative: it counts -0 as negative, and a client may well write -0.
        if (!(toleranceMeters >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(toleranceMeters), toleranceMeters, "A tolerance is 0 or more metres.");
        }

        if (toleranceMeters == 0 || geometry.IsEmpty)
        {
            return geometry;
        }

        var plane = LocalPlane.Around(geometry);
        var simplified = plane.ToDegrees(TopologyPreservingSimplifier.Simplify(plane.ToMeters(geometry), toleranceMeters));

        // A collection of one comes back as its single member; callers (and GeoJSON readers) expect the type they gave.
        return (geometry, simplified) switch
        {
            (MultiPolygon, Polygon polygon) => geometry.Factory.CreateMultiPolygon([polygon]),
            (MultiLineString, LineString line) => geometry.Factory.CreateMultiLineString([line]),
            _ => simplified,
        };
    }
}
