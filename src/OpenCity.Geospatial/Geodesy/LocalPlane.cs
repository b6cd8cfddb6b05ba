using NetTopologySuite.Geometries;

namespace OpenCity.Geospatial.Geodesy;

/// <summary>
/// A local equirectangular plane in metres east and north of a centre, scaled by the ellipsoid's
/// metres per degree there (<see cref="Wgs84.MetresPerDegree"/>). Lengths within a few tens of
/// kilometres of the centre are kept to a few parts in ten thousand: exact enough to simplify,
/// buffer or find nearest points at city scale, where a projection library would be overkill.
/// </summary>
internal sealed class LocalPlane
{
    private readonly double _longitude;
    private readonly double _latitude;
    private readonly (double Longitude, double Latitude) _metresPerDegree;

    private LocalPlane(double longitude, double latitude)
    {
        _longitude = longitude;
        _latitude = latitude;
        _metresPerDegree = Wgs84.MetresPerDegree(latitude);
    }

    /// <summary>The plane centred on the middle of the geometries' joint envelope.</summary>
    public static LocalPlane Around(params Geometry[] geometries)
    {
        var envelope = new Envelope();
        foreach (var geometry in geometries)
        {
            envelope.ExpandToInclude(geometry.EnvelopeInternal);
        }

        return new LocalPlane(envelope.Centre.X, envelope.Centre.Y);
    }

    /// <summary>A copy of a WGS 84 geometry in this plane's metres.</summary>
    public Geometry ToMeters(Geometry geometry) => Map(geometry, Meters);

    /// <summary>A copy of a geometry in this plane's metres back in WGS 84 degrees.</summary>
    public Geometry ToDegrees(Geometry geometry)
    {
        var degrees = Map(geometry, Degrees);
        degrees.SRID = Wgs84.Srid;
        return degrees;
    }

    /// <summary>A position in this plane's metres in WGS 84 degrees.</summary>
    public Coordinate ToDegrees(Coordinate metres)
    {
        var (longitude, latitude) = Degrees(metres.X, metres.Y);
        return new Coordinate(longitude, latitude);
    }

    private (double X, double Y) Meters(double longitude, double latitude) =>
        ((longitude - _longitude) * _metresPerDegree.Longitude, (latitude - _latitude) * _metresPerDegree.Latitude);

    private (double Longitude, double Latitude) Degrees(double x, double y) =>
        (_longitude + (x / _metresPerDegree.Longitude), _latitude + (y / _metresPerDegree.Latitude));

    private static Geometry Map(Geometry geometry, Func<double, double, (double X, double Y)> map)
    {
        var copy = geometry.Copy();
        copy.Apply(new CoordinateMapper(map));
        return copy;
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
