using System.Linq.Expressions;
using GraphQL.DataLoader;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// The slice of a keyset-ordered list that paging arguments select: a range seek on the key,
/// ordered towards the page, one row more than the page so that "is there more?" needs no COUNT.
/// </summary>
internal sealed record KeysetWindow(int Size, long? After, long? Before, bool Backward)
{
    public static KeysetWindow From(PagingArguments arguments, PagingOptions options) => new(
        arguments.PageSize(options),
        arguments.After is null ? null : KeysetCursor.Decode(arguments.After),
        arguments.Before is null ? null : KeysetCursor.Decode(arguments.Before),
        arguments.IsBackward);

    public IQueryable<T> Apply<T>(IQueryable<T> source, Expression<Func<T, long>> key)
    {
        if (After is not null)
        {
            source = source.Where(Compare(key, ExpressionType.GreaterThan, After.Value));
        }

        if (Before is not null)
        {
            source = source.Where(Compare(key, ExpressionType.LessThan, Before.Value));
        }

        return (Backward ? source.OrderByDescending(key) : source.OrderBy(key)).Take(Size + 1);
    }

    /// <summary>Builds the page from the rows <see cref="Apply{T}"/> read, in the order it read them.</summary>
    public Connection<T> ToConnection<T>(List<T> rows, Func<T, long> key, Func<IDataLoaderResult<int>> count)
    {
        var hasMore = rows.Count > Size;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (Backward)
        {
            rows.Reverse();
        }

        var edges = rows.Select(row => new Edge<T>(KeysetCursor.Encode(key(row)), row)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: Backward ? Before is not null : hasMore,
            HasPreviousPage: Backward ? hasMore : After is not null,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, count);
    }

    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, long>> key, ExpressionType comparison, long value)
    {
        // A captured value becomes a SQL parameter, so the plan is reused across pages.
        var boundary = new Boundary(value);
        var right = Expression.Property(Expression.Constant(boundary), nameof(Boundary.Value));
        return Expression.Lambda<Func<T, bool>>(Expression.MakeBinary(comparison, key.Body, right), key.Parameters);
    }

    private sealed record Boundary(long Value);
}
