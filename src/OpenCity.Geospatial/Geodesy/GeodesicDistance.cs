namespace OpenCity.Geospatial.Geodesy;

/// <summary>
/// The shortest distance in metres between two WGS 84 positions on the ellipsoid, by Vincenty's
/// inverse formula (accurate to well under a millimetre). For the rare nearly antipodal pairs where
/// its iteration does not converge, the great-circle distance on the authalic sphere is used.
/// </summary>
public static class GeodesicDistance
{
    private const double SemiMinorAxis = Wgs84.SemiMajorAxis * (1 - Wgs84.Flattening);

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
