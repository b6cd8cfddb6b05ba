using NetTopologySuite.Geometries;

namespace OpenCity.Geospatial.Geodesy;

/// <summary>The WGS 84 ellipsoid (EPSG:4326) and helpers for working in degrees near a point.</summary>
public static class Wgs84
{
    /// <summary>The spatial reference id of WGS 84 longitude/latitude.</summary>
    public const int Srid = 4326;

    /// <summary>Semi-major axis in metres.</summary>
    public const double SemiMajorAxis = 6378137.0;

    /// <summary>Flattening.</summary>
    public const double Flattening = 1.0 / 298.257223563;

    /// <summary>First eccentricity squared.</summary>
    public const double EccentricitySquared = Flattening * (2.0 - Flattening);

    /// <summary>
    /// Coordinates are kept to 1e-7 degree (about 1 cm), the precision GeoJSON output uses; rounding
    /// every generated vertex to it makes shared vertices identical and results reproducible.
    /// </summary>
    public static PrecisionModel Precision { get; } = new(1e7);

    /// <summary>A factory for WGS 84 geometries with floating precision.</summary>
    public static GeometryFactory Factory { get; } = new(new PrecisionModel(), Srid);

    /// <summary>Rounds a coordinate value to <see cref="Precision"/>.</summary>
    public static double Round(double degrees) => Precision.MakePrecise(degrees);

    /// <summary>Metres per degree of longitude and of latitude at a latitude (local scale on the ellipsoid).</summary>
    public static (double Longitude, double Latitude) MetresPerDegree(double latitude)
    {
        var phi = latitude * Math.PI / 180.0;
        var sin = Math.Sin(phi);
        var w = 1.0 - EccentricitySquared * sin * sin;
        var primeVertical = SemiMajorAxis / Math.Sqrt(w);
        var meridional = SemiMajorAxis * (1.0 - EccentricitySquared) / (w * Math.Sqrt(w));
        return (Math.PI / 180.0 * primeVertical * Math.Cos(phi), Math.PI / 180.0 * meridional);
    }
}
