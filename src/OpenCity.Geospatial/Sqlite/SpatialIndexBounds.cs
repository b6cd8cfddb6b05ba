using NetTopologySuite.Geometries;

namespace OpenCity.Geospatial.Sqlite;

/// <summary>
/// The edges, in degrees, of a geometry's envelope widened by a distance in metres: the box an
/// R*Tree search looks in. Only translated to SQL (<c>opencity_min_x(g, m)</c> …) inside the
/// searches <see cref="SpatialIndexQueryInterceptor"/> writes; calling them in memory throws.
/// </summary>
internal static class SpatialIndexBounds
{
    public static double MinX<TGeometry>(TGeometry geometry, double meters)
        where TGeometry : Geometry => throw InMemory();

    public static double MaxX<TGeometry>(TGeometry geometry, double meters)
        where TGeometry : Geometry => throw InMemory();

    public static double MinY<TGeometry>(TGeometry geometry, double meters)
        where TGeometry : Geometry => throw InMemory();

    public static double MaxY<TGeometry>(TGeometry geometry, double meters)
        where TGeometry : Geometry => throw InMemory();

    private static InvalidOperationException InMemory() => new("SpatialIndexBounds are only translated to SQL on SQLite.");
}
