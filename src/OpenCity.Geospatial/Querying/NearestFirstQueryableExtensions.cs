using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using NetTopologySuite.Geometries;
using OpenCity.Geospatial.PostGis;

namespace OpenCity.Geospatial.Querying;

/// <summary>Nearest-first search, written the way each database serves it from its spatial index.</summary>
public static class NearestFirstQueryableExtensions
{
    private const double FirstRadiusMeters = 100;

    /// <summary>
    /// The at most <paramref name="count"/> items nearest to <paramref name="point"/> within
    /// <paramref name="maxMeters"/>, ordered by <see cref="Geodesic.NearnessMeters"/> in the
    /// database (ties and the exact order are for the caller to settle with
    /// <see cref="Geodesic.DistanceMeters"/>). PostGIS walks its geography index in distance
    /// order (<c>ORDER BY g &lt;-&gt; p LIMIT n</c>), which a distance filter in the same query
    /// would stop it from doing, so there the cut at <paramref name="maxMeters"/> follows the
    /// limit; on SQLite, whose R*Tree cannot order by distance, the cut comes first and bounds the
    /// candidates the index returns. Both give the nearest items within the distance, except where
    /// several lie equally far at the cut (the database picks among them) or, on PostGIS, closer
    /// together than the 0.5 % by which the sphere of <c>&lt;-&gt;</c> differs from the ellipsoid.
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

    /// <summary>
    /// Runs <see cref="NearestFirst{T}"/> and reads each item through <paramref name="selector"/>.
    /// Where the index cannot order by distance (SQLite), it searches growing circles — 100 m,
    /// then four times wider up to <paramref name="maxMeters"/> — and stops at the first that holds
    /// <paramref name="count"/> items: those are the nearest, and a dense city centre is answered
    /// from a few candidates instead of everything within the maximum distance.
    /// </summary>
    public static async Task<List<TResult>> NearestFirstAsync<T, TResult>(
        this IQueryable<T> source,
        DbContext context,
        Expression<Func<T, Geometry>> geometry,
        Geometry point,
        double maxMeters,
        int count,
        Expression<Func<T, TResult>> selector,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        if (OrdersByDistanceFromIndex(context))
        {
            return await source.NearestFirst(context, geometry, point, maxMeters, count).Select(selector).ToListAsync(cancellationToken);
        }

        for (var radius = Math.Min(maxMeters, FirstRadiusMeters); ; radius = Math.Min(maxMeters, radius * 4))
        {
            var found = await source.NearestFirst(context, geometry, point, radius, count).Select(selector).ToListAsync(cancellationToken);
            if (found.Count == count || radius >= maxMeters)
            {
                return found;
            }
        }
    }

    private static bool OrdersByDistanceFromIndex(DbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<MethodTranslationOptionsExtension<PostGisGeodesicTranslatorPlugin>>() is not null;

    private static Expression<Func<T, TResult>> Compose<T, TResult>(Expression<Func<T, Geometry>> geometry, Expression<Func<Geometry, TResult>> body) =>
        Expression.Lambda<Func<T, TResult>>(ReplacingExpressionVisitor.Replace(body.Parameters[0], geometry.Body, body.Body), geometry.Parameters);
}
