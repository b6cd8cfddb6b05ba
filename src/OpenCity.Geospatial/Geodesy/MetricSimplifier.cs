using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace OpenCity.Geospatial.Geodesy;

/// <summary>
/// Simplifies a WGS 84 geometry with a tolerance in metres, keeping its topology (rings do not
/// cross, holes stay holes). The geometry is projected to a local equirectangular plane around
/// its centre, scaled by the ellipsoid's metres per degree there (<see cref="Wgs84.MetresPerDegree"/>;
/// exact enough at city scale), simplified there with Douglas–Peucker, and projected back.
/// </summary>
public static class MetricSimplifier
{
    public static Geometry Simplify(Geometry geometry, double toleranceMeters)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentOutOfRangeException.ThrowIfNegative(toleranceMeters);
        if (toleranceMeters == 0 || geometry.IsEmpty)
        {
            return geometry;
        }

        var centre = geometry.EnvelopeInternal.Centre;
        var plane = new LocalPlane(centre.X, centre.Y);
        var projected = geometry.Copy();
        projected.Apply(new CoordinateMapper(plane.ToMetres));
        var simplified = TopologyPreservingSimplifier.Simplify(projected, toleranceMeters);
        simplified.Apply(new CoordinateMapper(plane.ToDegrees));
        simplified.SRID = geometry.SRID;

        // A collection of one comes back as its single member; callers (and GeoJSON readers) expect the type they gave.
        return (geometry, simplified) switch
        {
            (MultiPolygon, Polygon polygon) => geometry.Factory.CreateMultiPolygon([polygon]),
            (MultiLineString, LineString line) => geometry.Factory.CreateMultiLineString([line]),
            _ => simplified,
        };
    }

    /// <summary>Metres east and north of a centre, at the ellipsoid's scale there.</summary>
    private sealed class LocalPlane(double longitude, double latitude)
    {
        private readonly (double Longitude, double Latitude) _metresPerDegree = Wgs84.MetresPerDegree(latitude);

        public (double X, double Y) ToMetres(double lon, double lat) =>
            ((lon - longitude) * _metresPerDegree.Longitude, (lat - latitude) * _metresPerDegree.Latitude);

        public (double X, double Y) ToDegrees(double x, double y) =>
            (longitude + (x / _metresPerDegree.Longitude), latitude + (y / _metresPerDegree.Latitude));
    }

    private sealed class CoordinateMapper(Func<double, double, (double X, double Y)> map) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = map(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
