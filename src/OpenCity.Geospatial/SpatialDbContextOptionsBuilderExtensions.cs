using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using OpenCity.Geospatial.PostGis;
using OpenCity.Geospatial.Sqlite;

namespace OpenCity.Geospatial;

/// <summary>Turns on the spatial query support of this library for a context.</summary>
public static class SpatialDbContextOptionsBuilderExtensions
{
    /// <summary>
    /// On SQLite: registers the spatial functions on every connection, translates
    /// NetTopologySuite's predicates and the <see cref="Querying.Geodesic"/> functions to them,
    /// and searches the R*Tree indexes of <see cref="SqliteSpatialModelBuilderExtensions.UseSqliteSpatial"/>
    /// before testing a predicate exactly. A command run with a cancellation token is interrupted
    /// when it is cancelled (SQLite itself would run on) and then throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static DbContextOptionsBuilder UseSqliteSpatial(this DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddTranslation<SqliteSpatialMethodTranslatorPlugin>(builder);
        var functions = new SqliteSpatialFunctionsInterceptor();
        return builder.AddInterceptors(functions, new SqliteStatementInterruptInterceptor(functions), new SpatialIndexQueryInterceptor());
    }

    /// <summary>
    /// On PostgreSQL with PostGIS (after <c>UseNetTopologySuite()</c>, which translates the
    /// predicates): translates the <see cref="Querying.Geodesic"/> functions to PostGIS's geography
    /// functions, served by the geography indexes of <see cref="PostGisGeographyIndexes"/>.
    /// </summary>
    public static DbContextOptionsBuilder UsePostGisGeodesic(this DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddTranslation<PostGisGeodesicTranslatorPlugin>(builder);
        return builder;
    }

    private static void AddTranslation<TPlugin>(DbContextOptionsBuilder builder)
        where TPlugin : class, IMethodCallTranslatorPlugin =>
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(
            builder.Options.FindExtension<MethodTranslationOptionsExtension<TPlugin>>() ?? new MethodTranslationOptionsExtension<TPlugin>());
}
