using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenCity.GraphQL.Data.Relay;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// Turns a query into one Relay page with keyset cursors on a unique, indexed <c>long</c> key.
/// Each call opens its own short-lived context: GraphQL resolves sibling fields in parallel,
/// and a DbContext serves one operation at a time.
/// </summary>
public sealed class KeysetPager<TContext>(IDbContextFactory<TContext> contextFactory, PagingOptions options)
    where TContext : DbContext
{
    public async Task<Connection<T>> PageAsync<T>(
        Func<TContext, IQueryable<T>> query,
        Expression<Func<T, long>> key,
        PagingArguments arguments,
        CancellationToken cancellationToken)
    {
        var window = KeysetWindow.From(arguments, options);
        List<T> rows;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            rows = window.Size == 0 ? [] : await window.Apply(query(db), key).ToListAsync(cancellationToken);
        }

        return window.ToConnection(rows, key.Compile(), () => DataLoaderResults.Defer(ct => CountAsync(query, ct)));
    }

    private async Task<int> CountAsync<T>(Func<TContext, IQueryable<T>> query, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await query(db).CountAsync(cancellationToken);
    }
}
