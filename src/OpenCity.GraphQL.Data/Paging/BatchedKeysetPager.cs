using System.Linq.Expressions;
using System.Reflection;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using OpenCity.GraphQL.Data.Paging.RowValues;
using OpenCity.GraphQL.Data.Sorting;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// Pages a nested list for many parents at once — e.g. the components of each unit in a page of
/// units — in a bounded number of statements whatever the size of the page: <c>UNION ALL</c>s of
/// per-parent keyset pages that read ids only (one per hundred parents), then one fetch of those
/// rows by id, sorted by the same order in SQL, so that no sort is redone in memory (where strings
/// and enums could compare differently from the database).
/// </summary>
public sealed class BatchedKeysetPager<TContext>(IDbContextFactory<TContext> contextFactory, PagingOptions options)
    where TContext : DbContext
{
    /// <summary>Per-parent pages joined into one statement; SQLite allows 500 terms in a compound SELECT.</summary>
    private const int ParentsPerStatement = 100;

    private static readonly MethodInfo ContainsMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(long));

    /// <summary>A page of each parent's list in the order of <paramref name="key"/> alone.</summary>
    public Task<IReadOnlyDictionary<TParent, Connection<T>>> PageAsync<TParent, T>(
        IReadOnlyList<TParent> parents,
        Func<TContext, TParent, IQueryable<T>> query,
        Expression<Func<T, long>> key,
        PagingArguments arguments,
        Func<TParent, IDataLoaderResult<int>> count,
        CancellationToken cancellationToken)
        where TParent : notnull
        where T : class =>
        PageAsync(parents, query, [], key, arguments, count, cancellationToken);

    /// <summary>A page of each parent's list in the order of <paramref name="order"/>, ties broken by <paramref name="key"/>.</summary>
    public Task<IReadOnlyDictionary<TParent, Connection<T>>> PageAsync<TParent, T>(
        IReadOnlyList<TParent> parents,
        Func<TContext, TParent, IQueryable<T>> query,
        IReadOnlyList<SortKey<T>> order,
        Expression<Func<T, long>> key,
        PagingArguments arguments,
        Func<TParent, IDataLoaderResult<int>> count,
        CancellationToken cancellationToken)
        where TParent : notnull
        where T : class =>
        PageAsync(parents, query, order, key, projection: null, arguments, count, cancellationToken);

    /// <summary>Like the other overloads, reading only the columns of <paramref name="projection"/> (which must keep the key).</summary>
    public async Task<IReadOnlyDictionary<TParent, Connection<T>>> PageAsync<TParent, T>(
        IReadOnlyList<TParent> parents,
        Func<TContext, TParent, IQueryable<T>> query,
        IReadOnlyList<SortKey<T>> order,
        Expression<Func<T, long>> key,
        Expression<Func<T, T>>? projection,
        PagingArguments arguments,
        Func<TParent, IDataLoaderResult<int>> count,
        CancellationToken cancellationToken)
        where TParent : notnull
        where T : class
    {
        var keyset = KeysetOrder<T>.Create(order, key);
        var window = KeysetWindow<T>.From(arguments, options, keyset);
        var rowsByParent = parents.Select(_ => new List<KeysetRow<T>>()).ToArray();
        if (window.Size > 0 && parents.Count > 0 && arguments.ReadsRows)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var ids = new List<ParentKey>();
            var rowValues = db.UsesRowValueComparisons();

            // A few statements for thousands of parents, each one small enough for SQLite's
            // compound-select limit and for EF Core's expression trees.
            foreach (var chunk in Enumerable.Range(0, parents.Count).Chunk(ParentsPerStatement))
            {
                var union = chunk
                    .Select(index => window.Apply(query(db, parents[index]), rowValues).Select(Tag(key, index)))
                    .Aggregate((all, page) => all.Concat(page));
                ids.AddRange(await union.ToListAsync(cancellationToken));
            }

            // UNION ALL keeps no order: read the rows back sorted by the same order, so each
            // parent's rows come out in its seek order. A row deleted in between is left out.
            var wanted = ids.Select(k => k.Key).Distinct().ToList();
            var sorted = await keyset.WithValues(keyset.Sort(db.Set<T>().AsNoTracking().Where(In(key, wanted)), window.Backward), projection)
                .ToListAsync(cancellationToken);
            var rank = new Dictionary<long, int>(sorted.Count);
            for (var index = 0; index < sorted.Count; index++)
            {
                rank[sorted[index].Id] = index;
            }

            foreach (var group in ids.GroupBy(k => k.Parent))
            {
                rowsByParent[group.Key].AddRange(group
                    .Where(k => rank.ContainsKey(k.Key))
                    .Select(k => rank[k.Key])
                    .Order()
                    .Select(index => sorted[index]));
            }
        }

        var result = new Dictionary<TParent, Connection<T>>();
        for (var index = 0; index < parents.Count; index++)
        {
            var parent = parents[index];
            result[parent] = window.ToConnection(rowsByParent[index], () => count(parent));
        }

        return result;
    }

    private static Expression<Func<T, ParentKey>> Tag<T>(Expression<Func<T, long>> key, int parent) =>
        Expression.Lambda<Func<T, ParentKey>>(
            Expression.MemberInit(
                Expression.New(typeof(ParentKey)),
                Expression.Bind(typeof(ParentKey).GetProperty(nameof(ParentKey.Parent))!, Expression.Constant(parent)),
                Expression.Bind(typeof(ParentKey).GetProperty(nameof(ParentKey.Key))!, key.Body)),
            key.Parameters);

    private static Expression<Func<T, bool>> In<T>(Expression<Func<T, long>> key, List<long> keys) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Call(ContainsMethod, Expression.Constant(keys), key.Body),
            key.Parameters);

    private sealed class ParentKey
    {
        public int Parent { get; init; }

        public long Key { get; init; }
    }
}
