using NetTopologySuite.Geometries;

namespace OpenCity.Geospatial.Geodesy;

/// <summary>
/// Area of WGS 84 polygons in square metres on the ellipsoid.
/// </summary>
/// <remarks>
/// Latitudes are mapped to authalic latitudes, which carry the ellipsoid onto the sphere of equal
/// surface area (radius ≈ 6,371,007 m) without changing any area. On that sphere the area of a ring is
/// R² Σ Δλ (sin β₁ + sin β₂) / 2. This is exact for edges along meridians and parallels (so for the
/// demo city's lattice cells) and treats other edges as rhumb-like lines; against true geodesic edges
/// the error grows with the square of an edge's length: below 1e-6 relative for edges of a few
/// kilometres at mid latitudes, about 1e-4 for edges of 100 km. Holes are subtracted.
/// </remarks>
public static class GeodesicArea
{
    private static readonly double Eccentricity = Math.Sqrt(Wgs84.EccentricitySquared);

    private static readonly double PolarQ = Q(1.0);

    /// <summary>Radius of the sphere with the ellipsoid's surface area.</summary>
    public static readonly double AuthalicRadius = Wgs84.SemiMajorAxis * Math.Sqrt(PolarQ / 2.0);

    /// <summary>Area in square metres of the polygons in a geometry; points and lines have none.</summary>
    public static double Of(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return geometry switch
        {
            Polygon polygon => OfPolygon(polygon),
            GeometryCollection collection => Enumerable.Range(0, collection.NumGeometries).Sum(i => Of(collection.GetGeometryN(i))),
            _ => 0.0,
        };
    }

    private static double OfPolygon(Polygon polygon)
    {
        var area = Math.Abs(OfRing(polygon.ExteriorRing.CoordinateSequence));
        foreach (var hole in polygon.InteriorRings)
        {
            area -= Math.Abs(OfRing(hole.CoordinateSequence));
        }

        return area;
    }

    /// <summary>Signed area of a closed ring: positive when counter-clockwise.</summary>
    private static double OfRing(CoordinateSequence ring)
    {
        var sum = 0.0;
        var count = ring.Count;
        if (count < 4)
        {
            return 0.0;
        }

        var lon0 = ring.GetX(0) * Math.PI / 180.0;
        var sin0 = SinAuthalic(ring.GetY(0));
        for (var i = 1; i < count; i++)
        {
            var lon1 = ring.GetX(i) * Math.PI / 180.0;
            var sin1 = SinAuthalic(ring.GetY(i));
            var dLon = lon1 - lon0;
            // Keep edges that cross the antimeridian short.
            if (dLon > Math.PI)
            {
                dLon -= 2 * Math.PI;
            }
            else if (dLon < -Math.PI)
            {
                dLon += 2 * Math.PI;
            }

            sum -= dLon * (sin0 + sin1) / 2.0;
            lon0 = lon1;
            sin0 = sin1;
        }

        // Σ Δλ sin β is the area south of each edge: positive for clockwise rings, so the sign flips.
        return sum * AuthalicRadius * AuthalicRadius;
    }

    private static double SinAuthalic(double latitude) => Q(Math.Sin(latitude * Math.PI / 180.0)) / PolarQ;

    private static double Q(double sinPhi)
    {
        var e = Eccentricity;
        var es = e * sinPhi;
        return (1.0 - Wgs84.EccentricitySquared)
            * (sinPhi / (1.0 - es * es) - 1.0 / (2.0 * e) * Math.Log((1.0 - es) / (1.0 + es)));
    }
}
