using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenCity.GraphQL.Data.Paging.RowValues;
using OpenCity.GraphQL.Data.Relay;
using OpenCity.GraphQL.Data.Sorting;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// Turns a query into one Relay page with keyset cursors: ordered by the client's sort keys and
/// then by a unique <c>long</c> key, so that every row has one place in the list. Each call opens
/// its own short-lived context: GraphQL resolves sibling fields in parallel, and a DbContext
/// serves one operation at a time.
/// </summary>
public sealed class KeysetPager<TContext>(IDbContextFactory<TContext> contextFactory, PagingOptions options)
    where TContext : DbContext
{
    /// <summary>A page of the list in the order of <paramref name="key"/> alone.</summary>
    public Task<Connection<T>> PageAsync<T>(
        Func<TContext, IQueryable<T>> query,
        Expression<Func<T, long>> key,
        PagingArguments arguments,
        CancellationToken cancellationToken) =>
        PageAsync(query, [], key, arguments, cancellationToken);

    /// <summary>A page of the list in the order of <paramref name="order"/>, ties broken by <paramref name="key"/>.</summary>
    public Task<Connection<T>> PageAsync<T>(
        Func<TContext, IQueryable<T>> query,
        IReadOnlyList<SortKey<T>> order,
        Expression<Func<T, long>> key,
        PagingArguments arguments,
        CancellationToken cancellationToken) =>
        PageAsync(query, order, key, projection: null, arguments, cancellationToken);

    /// <summary>
    /// Like the other overloads, reading only the columns of <paramref name="projection"/> (which
    /// must keep the key); the sort keys are read in the same statement whatever it keeps.
    /// </summary>
    public async Task<Connection<T>> PageAsync<T>(
        Func<TContext, IQueryable<T>> query,
        IReadOnlyList<SortKey<T>> order,
        Expression<Func<T, long>> key,
        Expression<Func<T, T>>? projection,
        PagingArguments arguments,
        CancellationToken cancellationToken)
    {
        var keyset = KeysetOrder<T>.Create(order, key);
        var window = KeysetWindow<T>.From(arguments, options, keyset);
        List<KeysetRow<T>> rows;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            rows = window.Size == 0 || !arguments.ReadsRows ? [] : await keyset.WithValues(window.Apply(query(db), db.UsesRowValueComparisons()), projection).ToListAsync(cancellationToken);
        }

        return window.ToConnection(rows, () => DataLoaderResults.Defer(ct => CountAsync(query, ct)));
    }

    private async Task<int> CountAsync<T>(Func<TContext, IQueryable<T>> query, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await query(db).CountAsync(cancellationToken);
    }
}
