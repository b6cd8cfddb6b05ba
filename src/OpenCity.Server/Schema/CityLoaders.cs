using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenCity.Data;
using OpenCity.GraphQL.Data.DataLoading;
using OpenCity.GraphQL.Data.Projection;

namespace OpenCity.Server.Schema;

/// <summary>
/// Batches per-row lookups of one request into single statements: every resolver asks for
/// the rows it needs, and the DataLoader fetches them all at once when the level completes.
/// </summary>
public sealed class CityLoaders(IDbContextFactory<OpenCityDbContext> contexts)
{
    /// <summary>
    /// Loads one row by key; all keys asked for under <paramref name="name"/> by the same field,
    /// with the same arguments and selection (<see cref="BatchKey"/>), in one pass go into one
    /// query. When the field returns an object type (a component's <c>owner</c>, a unit's
    /// <c>parent</c>), only the columns its selection needs are read, plus
    /// <paramref name="keyMember"/>. Through an interface (<c>node(id:)</c>) whole rows are read.
    /// </summary>
    public IDataLoaderResult<T?> One<TKey, T>(
        IResolveFieldContext context,
        string name,
        TKey key,
        Func<OpenCityDbContext, IReadOnlyCollection<TKey>, IQueryable<T>> fetch,
        Func<T, TKey> keyOf,
        string keyMember = "Id")
        where TKey : notnull
        where T : class
    {
        Expression<Func<T, T>>? projection = null;
        if (context.FieldDefinition.ResolvedType?.GetNamedType() is IObjectGraphType)
        {
            projection = EntityProjection.For<T>(context, keyMember);
            var unprojected = fetch;
            fetch = (db, keys) => unprojected(db, keys).Select(projection);
        }

        return context.DataLoaders().GetOrAdd<TKey, T?>(
            BatchKey.For(context, name, projection),
            async (keys, cancellationToken) =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var rows = await fetch(db, keys).ToListAsync(cancellationToken);
                return rows.ToDictionary(keyOf, row => (T?)row);
            },
            missing: null).Load(key);
    }

    /// <summary>
    /// Loads the rows belonging to one key (e.g. a unit's children); all keys in one query. Give
    /// the <paramref name="projection"/> that <paramref name="fetch"/> applies, if any: it is part of the batch's identity.
    /// </summary>
    public IDataLoaderResult<IEnumerable<T>> Many<T>(
        IResolveFieldContext context,
        string name,
        long key,
        Func<OpenCityDbContext, IReadOnlyCollection<long>, IQueryable<T>> fetch,
        Func<T, long> keyOf,
        LambdaExpression? projection = null)
        where T : class =>
        Many(context, name, key, fetch, row => [keyOf(row)], projection);

    /// <summary>Like the other overload, for rows that belong to several keys (a link to both its ends).</summary>
    public IDataLoaderResult<IEnumerable<T>> Many<T>(
        IResolveFieldContext context,
        string name,
        long key,
        Func<OpenCityDbContext, IReadOnlyCollection<long>, IQueryable<T>> fetch,
        Func<T, long[]> keysOf,
        LambdaExpression? projection = null)
        where T : class =>
        context.DataLoaders().GetOrAdd<long, IEnumerable<T>>(
            BatchKey.For(context, name, projection),
            async (keys, cancellationToken) =>
            {
                var wanted = keys.ToHashSet();
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var rows = await fetch(db, keys).ToListAsync(cancellationToken);
                return rows
                    .SelectMany(row => keysOf(row).Where(wanted.Contains).Distinct().Select(k => (Key: k, Row: row)))
                    .GroupBy(pair => pair.Key, pair => pair.Row)
                    .ToDictionary(group => group.Key, group => (IEnumerable<T>)group.ToList());
            },
            missing: []).Load(key);
}
