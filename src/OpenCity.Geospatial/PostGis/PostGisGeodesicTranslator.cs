using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Query;
using Npgsql.EntityFrameworkCore.PostgreSQL.Query.Expressions;
using OpenCity.Geospatial.Querying;

namespace OpenCity.Geospatial.PostGis;

/// <summary>
/// Translates the <see cref="Geodesic"/> functions to PostGIS on geography, which measures in
/// metres on the spheroid: <c>ST_Distance(a::geography, b::geography)</c>,
/// <c>ST_DWithin(a::geography, b::geography, m)</c> and, for nearest-first order,
/// <c>a::geography &lt;-&gt; b::geography</c>. The casts match the geography GiST indexes of
/// <see cref="PostGisGeographyIndexes"/>, so PostgreSQL serves these from them.
/// </summary>
internal sealed class PostGisGeodesicTranslator(ISqlExpressionFactory sql, IRelationalTypeMappingSource typeMappings) : IMethodCallTranslator
{
    private readonly RelationalTypeMapping _geography = typeMappings.FindMapping(typeof(Geometry), "geography")
        ?? throw new InvalidOperationException("UsePostGisGeodesic() needs Npgsql's NetTopologySuite plugin (UseNetTopologySuite()).");

    private readonly RelationalTypeMapping _geometry = typeMappings.FindMapping(typeof(Geometry), "geometry")!;

    public SqlExpression? Translate(
        SqlExpression? instance, MethodInfo method, IReadOnlyList<SqlExpression> arguments, IDiagnosticsLogger<DbLoggerCategory.Query> logger)
    {
        if (method.DeclaringType != typeof(Geodesic))
        {
            return null;
        }

        var (first, second) = (Geography(arguments[0]), Geography(arguments[1]));
        var real = typeMappings.FindMapping(typeof(double));
        return method.Name switch
        {
            nameof(Geodesic.DistanceMeters) => sql.Function("ST_Distance", [first, second], nullable: true, [true, true], typeof(double), real),
            nameof(Geodesic.IsWithinMeters) => sql.Function(
                "ST_DWithin", [first, second, sql.ApplyDefaultTypeMapping(arguments[2])], nullable: true, [true, true, true], typeof(bool), typeMappings.FindMapping(typeof(bool))),
            nameof(Geodesic.NearnessMeters) => ((NpgsqlSqlExpressionFactory)sql).MakePostgresBinary(PgExpressionType.Distance, first, second, real),
            _ => null,
        };
    }

    private SqlExpression Geography(SqlExpression geometry) =>
        sql.Convert(geometry.TypeMapping is null ? sql.ApplyTypeMapping(geometry, _geometry) : geometry, typeof(Geometry), _geography);
}
