using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using NetTopologySuite.Geometries;
using OpenCity.Geospatial.Querying;

namespace OpenCity.Geospatial.Sqlite;

/// <summary>
/// Lets SQLite answer spatial predicates from the R*Tree: before a query is compiled, every
/// index-served predicate on an indexed geometry column, <c>x.Geometry.Within(g)</c> or
/// <c>Geodesic.IsWithinMeters(x.Geometry, g, m)</c>, becomes
/// <c>x.Id IN (SELECT id FROM rtree WHERE envelope meets g's box widened by m) AND predicate</c>,
/// so the exact (costly) predicate runs only on the candidates the index finds.
/// </summary>
internal sealed class SpatialIndexQueryInterceptor : IQueryExpressionInterceptor
{
    /// <summary>The NetTopologySuite predicates that hold only where the envelopes meet.</summary>
    private static readonly HashSet<string> EnvelopePredicates =
        [nameof(Geometry.Intersects), nameof(Geometry.Contains), nameof(Geometry.Within), nameof(Geometry.Covers),
         nameof(Geometry.CoveredBy), nameof(Geometry.Overlaps), nameof(Geometry.Touches), nameof(Geometry.Crosses)];

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        eventData.Context is { } context ? new Rewriter(context.Model).Visit(queryExpression) : queryExpression;

    private sealed class Rewriter(IModel model) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var visited = (MethodCallExpression)base.VisitMethodCall(node);
            var search = visited switch
            {
                { Object: { } column, Arguments: [var other] } when EnvelopePredicates.Contains(visited.Method.Name)
                    && typeof(Geometry).IsAssignableFrom(visited.Method.DeclaringType) => Search(column, other, null),
                { Method.Name: nameof(Geodesic.IsWithinMeters), Arguments: [var first, var second, var meters] }
                    when visited.Method.DeclaringType == typeof(Geodesic) => Search(first, second, meters) ?? Search(second, first, meters),
                _ => null,
            };
            return search is null ? visited : Expression.AndAlso(search, visited);
        }

        /// <summary><c>x.Id IN (candidates)</c> when <paramref name="column"/> is an indexed geometry of an entity <c>x</c>.</summary>
        private Expression? Search(Expression column, Expression other, Expression? meters)
        {
            if (column is not MemberExpression { Expression: { } entity, Member: PropertyInfo member }
                || model.FindEntityType(entity.Type) is not { } entityType
                || entityType.FindProperty(member.Name) is not { } property
                || property.SpatialIndex(model) is not { } index)
            {
                return null;
            }

            var box = Expression.Parameter(typeof(SpatialIndexEntry), "r");
            var padding = meters ?? Expression.Constant(0.0);
            Expression Bound(string edge) => Expression.Call(typeof(SpatialIndexBounds), edge, [other.Type], other, padding);
            Expression Edge(string edge) => Expression.Property(box, edge);
            var overlaps = Expression.AndAlso(
                Expression.AndAlso(
                    Expression.GreaterThanOrEqual(Edge(nameof(SpatialIndexEntry.MaxX)), Bound(nameof(SpatialIndexBounds.MinX))),
                    Expression.LessThanOrEqual(Edge(nameof(SpatialIndexEntry.MinX)), Bound(nameof(SpatialIndexBounds.MaxX)))),
                Expression.AndAlso(
                    Expression.GreaterThanOrEqual(Edge(nameof(SpatialIndexEntry.MaxY)), Bound(nameof(SpatialIndexBounds.MinY))),
                    Expression.LessThanOrEqual(Edge(nameof(SpatialIndexEntry.MinY)), Bound(nameof(SpatialIndexBounds.MaxY)))));

            var candidates = Expression.Call(
                typeof(Queryable), nameof(Queryable.Select), [typeof(SpatialIndexEntry), typeof(long)],
                Expression.Call(
                    typeof(Queryable), nameof(Queryable.Where), [typeof(SpatialIndexEntry)],
                    new EntityQueryRootExpression(index),
                    Expression.Quote(Expression.Lambda(overlaps, box))),
                Expression.Quote(Expression.Lambda(Expression.Property(box, nameof(SpatialIndexEntry.Id)), box)));
            var key = entityType.FindPrimaryKey()!.Properties[0];
            Expression id = key.PropertyInfo is { } keyProperty
                ? Expression.Property(entity, keyProperty)
                : Expression.Call(typeof(EF), nameof(EF.Property), [typeof(long)], entity, Expression.Constant(key.Name));
            return Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(long)], candidates, id);
        }
    }
}
