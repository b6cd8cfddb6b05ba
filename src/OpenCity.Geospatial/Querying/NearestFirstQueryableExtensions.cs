using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NetTopologySuite.Geometries;
using OpenCity.Geospatial.PostGis;

namespace OpenCity.Geospatial.Querying;

/// <summary>Nearest-first search, written the way each database serves it from its spatial index.</summary>
public static class NearestFirstQueryableExtensions
{
    /// <summary>
    /// The at most <paramref name="count"/> items nearest to <paramref name="point"/> within
    /// <paramref name="maxMeters"/>, ordered by <see cref="Geodesic.NearnessMeters"/> in the
    /// database (ties and the exact order are for the caller to settle with
    /// <see cref="Geodesic.DistanceMeters"/>). PostGIS walks its geography index in distance
    /// order (<c>ORDER BY g &lt;-&gt; p LIMIT n</c>), which a distance filter in the same query
    /// would stop it from doing, so there the cut at <paramref name="maxMeters"/> follows the
    /// limit; on SQLite, whose R*Tree cannot order by distance, the cut comes first and bounds the
    /// candidates the index returns. Both mean the same: the nearest items within the distance.
    /// </summary>
    public static IQueryable<T> NearestFirst<T>(
        this IQueryable<T> source, DbContext context, Expression<Func<T, Geometry>> geometry, Geometry point, double maxMeters, int count)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(geometry);
        var within = Compose(geometry, g => Geodesic.IsWithinMeters(g, point, maxMeters));
        var nearness = Compose(geometry, g => Geodesic.NearnessMeters(g, point));
        return OrdersByDistanceFromIndex(context)
            ? source.OrderBy(nearness).Take(count).Where(within)
            : source.Where(within).OrderBy(nearness).Take(count);
    }

    private static bool OrdersByDistanceFromIndex(DbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<MethodTranslationOptionsExtension<PostGisGeodesicTranslatorPlugin>>() is not null;

    private static Expression<Func<T, TResult>> Compose<T, TResult>(Expression<Func<T, Geometry>> geometry, Expression<Func<Geometry, TResult>> body) =>
        Expression.Lambda<Func<T, TResult>>(new Substitution(body.Parameters[0], geometry.Body).Visit(body.Body), geometry.Parameters);

    private sealed class Substitution(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
