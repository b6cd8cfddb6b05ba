using NetTopologySuite.Geometries;

namespace OpenCity.Geospatial.Geodesy;

/// <summary>
/// The shortest distance in metres between two WGS 84 positions or geometries on the ellipsoid,
/// between positions by Vincenty's inverse formula (accurate to well under a millimetre). For the
/// rare nearly antipodal pairs where its iteration does not converge, the great-circle distance on
/// the authalic sphere is used.
/// </summary>
public static class GeodesicDistance
{
    private const double SemiMinorAxis = Wgs84.SemiMajorAxis * (1 - Wgs84.Flattening);

    /// <summary>
    /// The shortest distance in metres between two WGS 84 geometries: zero when they meet. Between
    /// two points it is exact; otherwise the nearest pair of positions is found in a
    /// <see cref="LocalPlane"/> around <paramref name="second"/> (see <see cref="PreparedDistance"/>,
    /// which a query measuring many rows against one geometry builds once) and measured on the
    /// ellipsoid, which agrees with the ellipsoidal minimum to a few parts in ten thousand at city scale.
    /// </summary>
    public static double Between(Geometry first, Geometry second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.IsEmpty || second.IsEmpty)
        {
            throw new ArgumentException("An empty geometry has no distance to anything.");
        }

        return first is Point p && second is Point q ? Between(p.X, p.Y, q.X, q.Y) : new PreparedDistance(second).To(first);
    }

    /// <summary>
    /// Whether two WGS 84 geometries lie within <paramref name="meters"/> of each other on the
    /// ellipsoid; envelopes clearly further apart than that are rejected without measuring.
    /// </summary>
    public static bool IsWithin(Geometry first, Geometry second, double meters)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return LowerBound(first.EnvelopeInternal, second.EnvelopeInternal) <= meters && Between(first, second) <= meters;
    }

    /// <summary>
    /// Padding in degrees of longitude and latitude that widens an envelope to include everything
    /// within <paramref name="meters"/> of it (a little generous, never short).
    /// </summary>
    public static (double Longitude, double Latitude) PaddingDegrees(Envelope envelope, double meters)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var poleward = Math.Min(89.0, Math.Max(Math.Abs(envelope.MinY), Math.Abs(envelope.MaxY)) + (meters / 100_000.0));

        // A degree of longitude is shortest at the most poleward latitude, a degree of latitude at the equator.
        var perLongitude = Wgs84.MetresPerDegree(poleward).Longitude;
        var perLatitude = Wgs84.MetresPerDegree(0).Latitude;
        const double margin = 1.01;
        return (Math.Min(360, margin * meters / perLongitude), Math.Min(180, margin * meters / perLatitude));
    }

    /// <summary>A distance in metres that two geometries with these envelopes are at least apart.</summary>
    internal static double LowerBound(Envelope first, Envelope second)
    {
        var dx = Math.Max(0, Math.Max(first.MinX - second.MaxX, second.MinX - first.MaxX));
        var dy = Math.Max(0, Math.Max(first.MinY - second.MaxY, second.MinY - first.MaxY));
        var poleward = Math.Min(89.9, Math.Max(Math.Max(Math.Abs(first.MinY), Math.Abs(first.MaxY)), Math.Max(Math.Abs(second.MinY), Math.Abs(second.MaxY))));
        var perLongitude = Wgs84.MetresPerDegree(poleward).Longitude;
        var perLatitude = Wgs84.MetresPerDegree(0).Latitude;
        return 0.99 * Math.Sqrt(Math.Pow(dx * perLongitude, 2) + Math.Pow(dy * perLatitude, 2));
    }

    /// <summary>The geodesic distance in metres between two positions given in degrees.</summary>
    public static double Between(double longitude1, double latitude1, double longitude2, double latitude2)
    {
        const double f = Wgs84.Flattening;
        const double a = Wgs84.SemiMajorAxis;
        const double b = SemiMinorAxis;

        var l = double.DegreesToRadians(longitude2 - longitude1);
        var u1 = Math.Atan((1 - f) * Math.Tan(double.DegreesToRadians(latitude1)));
        var u2 = Math.Atan((1 - f) * Math.Tan(double.DegreesToRadians(latitude2)));
        var (sinU1, cosU1) = Math.SinCos(u1);
        var (sinU2, cosU2) = Math.SinCos(u2);

        var lambda = l;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var (sinLambda, cosLambda) = Math.SinCos(lambda);
            var sinSigma = Math.Sqrt(Math.Pow(cosU2 * sinLambda, 2) + Math.Pow((cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda), 2));
            if (sinSigma == 0)
            {
                return 0; // the same point
            }

            var cosSigma = (sinU1 * sinU2) + (cosU1 * cosU2 * cosLambda);
            var sigma = Math.Atan2(sinSigma, cosSigma);
            var sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            var cosSqAlpha = 1 - (sinAlpha * sinAlpha);
            var cos2SigmaM = cosSqAlpha == 0 ? 0 : cosSigma - (2 * sinU1 * sinU2 / cosSqAlpha); // 0 on the equator
            var c = f / 16 * cosSqAlpha * (4 + (f * (4 - (3 * cosSqAlpha))));
            var previous = lambda;
            lambda = l + ((1 - c) * f * sinAlpha * (sigma + (c * sinSigma * (cos2SigmaM + (c * cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))))));
            if (Math.Abs(lambda - previous) < 1e-12)
            {
                var uSq = cosSqAlpha * ((a * a) - (b * b)) / (b * b);
                var bigA = 1 + (uSq / 16384 * (4096 + (uSq * (-768 + (uSq * (320 - (175 * uSq)))))));
                var bigB = uSq / 1024 * (256 + (uSq * (-128 + (uSq * (74 - (47 * uSq))))));
                var deltaSigma = bigB * sinSigma * (cos2SigmaM + (bigB / 4 * ((cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))
                    - (bigB / 6 * cos2SigmaM * (-3 + (4 * sinSigma * sinSigma)) * (-3 + (4 * cos2SigmaM * cos2SigmaM))))));
                return b * bigA * (sigma - deltaSigma);
            }
        }

        return GreatCircle(longitude1, latitude1, longitude2, latitude2);
    }

    private static double GreatCircle(double longitude1, double latitude1, double longitude2, double latitude2)
    {
        var (phi1, phi2) = (double.DegreesToRadians(latitude1), double.DegreesToRadians(latitude2));
        var h = Math.Pow(Math.Sin((phi2 - phi1) / 2), 2)
            + (Math.Cos(phi1) * Math.Cos(phi2) * Math.Pow(Math.Sin(double.DegreesToRadians(longitude2 - longitude1) / 2), 2));
        return 2 * GeodesicArea.AuthalicRadius * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
