using NetTopologySuite.Geometries;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Geospatial.Tests.Geodesy;

/// <summary>Seeded geometries around a city centre, in WGS 84, sized in metres.</summary>
internal static class TestGeometries
{
    public const double Longitude = -2.12;
    public const double Latitude = 54.56;

    private static readonly GeometryFactory Factory = Wgs84.Factory;

    /// <summary>A position <paramref name="east"/> and <paramref name="north"/> metres from the centre.</summary>
    public static Coordinate At(double east, double north)
    {
        var (perLongitude, perLatitude) = Wgs84.MetresPerDegree(Latitude);
        return new Coordinate(Longitude + (east / perLongitude), Latitude + (north / perLatitude));
    }

    public static Point Point(double east, double north) => Factory.CreatePoint(At(east, north));

    /// <summary>A random walk of <paramref name="vertices"/> positions with steps up to <paramref name="step"/> metres, starting at the centre.</summary>
    public static LineString RandomWalk(int vertices, double step, int seed)
    {
        var random = new Random(seed);
        var (east, north) = (0.0, 0.0);
        var coordinates = new Coordinate[vertices];
        for (var i = 0; i < vertices; i++)
        {
            coordinates[i] = At(east, north);
            east += (random.NextDouble() - 0.5) * 2 * step;
            north += (random.NextDouble() - 0.5) * 2 * step;
        }

        return Factory.CreateLineString(coordinates);
    }

    /// <summary>A square of <paramref name="side"/> metres with its south-west corner at (east, north).</summary>
    public static Polygon Square(double east, double north, double side) => Factory.CreatePolygon(
    [
        At(east, north), At(east + side, north), At(east + side, north + side), At(east, north + side), At(east, north),
    ]);
}
