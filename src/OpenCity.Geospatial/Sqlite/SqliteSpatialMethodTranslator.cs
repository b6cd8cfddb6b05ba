using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using NetTopologySuite.Geometries;
using OpenCity.Geospatial.Querying;

namespace OpenCity.Geospatial.Sqlite;

/// <summary>
/// Translates NetTopologySuite's spatial predicates (<c>a.Intersects(b)</c>, <c>Within</c>,
/// <c>Contains</c> …) and the <see cref="Geodesic"/> functions to the functions
/// <see cref="SqliteSpatialFunctions"/> registers, the way the EF Core spatial plugin does on
/// other databases.
/// </summary>
internal sealed class SqliteSpatialMethodTranslator(ISqlExpressionFactory sql, IRelationalTypeMappingSource typeMappings) : IMethodCallTranslator
{
    private static readonly HashSet<string> Predicates = [.. SqliteSpatialFunctions.PredicateNames];

    /// <summary>How a geometry that is not a column (a query parameter) is sent: as WKB.</summary>
    private readonly RelationalTypeMapping _geometryMapping =
        (RelationalTypeMapping)typeMappings.FindMapping(typeof(byte[]))!.WithComposedConverter(new WkbGeometryConverter<Geometry>());

    public SqlExpression? Translate(
        SqlExpression? instance, MethodInfo method, IReadOnlyList<SqlExpression> arguments, IDiagnosticsLogger<DbLoggerCategory.Query> logger)
    {
        if (instance is not null && typeof(Geometry).IsAssignableFrom(method.DeclaringType) && arguments is [var other]
            && typeof(Geometry).IsAssignableFrom(other.Type)
            && $"opencity_{method.Name.ToLowerInvariant()}" is var predicate && Predicates.Contains(predicate))
        {
            return Function(predicate, [Geometry(instance), Geometry(other)], typeof(bool));
        }

        if (method.DeclaringType == typeof(Geodesic))
        {
            return method.Name switch
            {
                nameof(Geodesic.DistanceMeters) or nameof(Geodesic.NearnessMeters) =>
                    Function("opencity_distance_m", [Geometry(arguments[0]), Geometry(arguments[1])], typeof(double)),
                nameof(Geodesic.IsWithinMeters) =>
                    Function("opencity_dwithin_m", [Geometry(arguments[0]), Geometry(arguments[1]), sql.ApplyDefaultTypeMapping(arguments[2])], typeof(bool)),
                _ => null,
            };
        }

        if (method.DeclaringType == typeof(SpatialIndexBounds))
        {
            return Function(
                $"opencity_{method.Name switch { "MinX" => "min_x", "MaxX" => "max_x", "MinY" => "min_y", _ => "max_y" }}",
                [Geometry(arguments[0]), sql.ApplyDefaultTypeMapping(arguments[1])],
                typeof(double));
        }

        return null;
    }

    private SqlExpression Geometry(SqlExpression geometry) =>
        geometry.TypeMapping is null ? sql.ApplyTypeMapping(geometry, _geometryMapping) : geometry;

    private SqlExpression Function(string name, SqlExpression[] arguments, Type returnType) =>
        sql.Function(name, arguments, nullable: true, argumentsPropagateNullability: arguments.Select(_ => true), returnType, typeMappings.FindMapping(returnType));
}
