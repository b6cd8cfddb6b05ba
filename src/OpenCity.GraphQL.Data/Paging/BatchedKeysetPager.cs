using System.Linq.Expressions;
using System.Reflection;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// Pages a nested list for many parents at once — e.g. the components of each unit in a page of
/// units — in a bounded number of statements whatever the size of the page: <c>UNION ALL</c>s of
/// per-parent keyset pages that read keys only (one per hundred parents), then one fetch of those
/// rows by key.
/// </summary>
public sealed class BatchedKeysetPager<TContext>(IDbContextFactory<TContext> contextFactory, PagingOptions options)
    where TContext : DbContext
{
    /// <summary>Per-parent pages joined into one statement; SQLite allows 500 terms in a compound SELECT.</summary>
    private const int ParentsPerStatement = 100;

    private static readonly MethodInfo ContainsMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
        .MakeGenericMethod(typeof(long));

    public async Task<IReadOnlyDictionary<TParent, Connection<T>>> PageAsync<TParent, T>(
        IReadOnlyList<TParent> parents,
        Func<TContext, TParent, IQueryable<T>> query,
        Expression<Func<T, long>> key,
        PagingArguments arguments,
        Func<TParent, IDataLoaderResult<int>> count,
        CancellationToken cancellationToken)
        where TParent : notnull
        where T : class
    {
        var window = KeysetWindow.From(arguments, options);
        var getKey = key.Compile();
        var rowsByParent = parents.Select(_ => new List<T>()).ToArray();
        if (window.Size > 0 && parents.Count > 0)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var keys = new List<ParentKey>();

            // A few statements for thousands of parents, each one small enough for SQLite's
            // compound-select limit and for EF Core's expression trees.
            foreach (var chunk in Enumerable.Range(0, parents.Count).Chunk(ParentsPerStatement))
            {
                var union = chunk
                    .Select(index => window.Apply(query(db, parents[index]), key).Select(Tag(key, index)))
                    .Aggregate((all, page) => all.Concat(page));
                keys.AddRange(await union.ToListAsync(cancellationToken));
            }

            var wanted = keys.Select(k => k.Key).Distinct().ToList();
            var byKey = (await db.Set<T>().AsNoTracking().Where(In(key, wanted)).ToListAsync(cancellationToken))
                .ToDictionary(getKey);

            // UNION ALL keeps no order: restore each parent's seek order before cutting the page.
            // A row deleted between the two statements is simply left out.
            foreach (var group in keys.GroupBy(k => k.Parent))
            {
                var ordered = window.Backward ? group.OrderByDescending(k => k.Key) : group.OrderBy(k => k.Key);
                rowsByParent[group.Key].AddRange(ordered.Where(k => byKey.ContainsKey(k.Key)).Select(k => byKey[k.Key]));
            }
        }

        var result = new Dictionary<TParent, Connection<T>>();
        for (var index = 0; index < parents.Count; index++)
        {
            var parent = parents[index];
            result[parent] = window.ToConnection(rowsByParent[index], getKey, () => count(parent));
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
