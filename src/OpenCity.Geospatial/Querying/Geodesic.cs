using NetTopologySuite.Geometries;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Geospatial.Querying;

/// <summary>
/// Distances in metres on the WGS 84 ellipsoid for LINQ queries, where NetTopologySuite's own
/// <c>Distance</c> and <c>IsWithinDistance</c> measure in degrees. Translated to SQL on a context
/// configured with <see cref="SpatialDbContextOptionsBuilderExtensions"/> (PostGIS geography
/// functions, or the functions this library registers on SQLite) and computed the same way in
/// memory, so a query means the same everywhere.
/// </summary>
public static class Geodesic
{
    /// <summary>The shortest distance in metres between two geometries; zero when they meet.</summary>
    public static double DistanceMeters(Geometry first, Geometry second) => GeodesicDistance.Between(first, second);

    /// <summary>Whether two geometries lie within <paramref name="meters"/> of each other; served by a spatial index.</summary>
    public static bool IsWithinMeters(Geometry first, Geometry second, double meters) => GeodesicDistance.IsWithin(first, second, meters);

    /// <summary>
    /// A distance in metres to order by nearness that the database can serve from its spatial
    /// index: PostGIS's <c>&lt;-&gt;</c> on geography, which measures on a sphere (within 0.5 % of
    /// <see cref="DistanceMeters"/>); elsewhere, and in memory, <see cref="DistanceMeters"/> itself.
    /// </summary>
    public static double NearnessMeters(Geometry first, Geometry second) => GeodesicDistance.Between(first, second);
}
