using GraphQL.DataLoader;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// The slice of a keyset-ordered list that paging arguments select: a seek past the cursors,
/// ordered towards the page, one row more than the page so that "is there more?" needs no COUNT.
/// </summary>
internal sealed class KeysetWindow<T>
{
    private readonly KeysetSignature _signature;
    private readonly CursorKeys _keys;

    private KeysetWindow(KeysetOrder<T> order, KeysetSignature signature, int size, KeysetPosition? after, KeysetPosition? before, bool backward, CursorKeys keys)
    {
        Order = order;
        _signature = signature;
        Size = size;
        After = after;
        Before = before;
        Backward = backward;
        _keys = keys;
    }

    public KeysetOrder<T> Order { get; }

    public int Size { get; }

    public KeysetPosition? After { get; }

    public KeysetPosition? Before { get; }

    public bool Backward { get; }

    public static KeysetWindow<T> From(PagingArguments arguments, PagingOptions options, KeysetOrder<T> order)
    {
        var keys = options.CursorKeys;
        var signature = order.Signature.ForList<T>(arguments.List);
        return new KeysetWindow<T>(
            order,
            signature,
            arguments.PageSize(options),
            arguments.After is null ? null : KeysetCursor.Decode(arguments.After, signature, keys),
            arguments.Before is null ? null : KeysetCursor.Decode(arguments.Before, signature, keys),
            arguments.IsBackward,
            keys);
    }

    /// <summary>The rows of the page and the one after it, nearest the cursor first.</summary>
    /// <param name="source">The whole list.</param>
    /// <param name="rowValues">Whether the database takes <see cref="RowValues.RowValue"/> comparisons.</param>
    public IQueryable<T> Apply(IQueryable<T> source, bool rowValues)
    {
        if (After is not null)
        {
            source = source.Where(Order.Seek(After, reverse: false, rowValues));
        }

        if (Before is not null)
        {
            source = source.Where(Order.Seek(Before, reverse: true, rowValues));
        }

        return Order.Sort(source, Backward).Take(Size + 1);
    }

    /// <summary>Builds the page from the rows <see cref="Apply"/> selected, in the order it read them.</summary>
    public Connection<T> ToConnection(List<KeysetRow<T>> rows, Func<IDataLoaderResult<int>> count)
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

        var edges = rows
            .Select(row => new Edge<T>(row.Row, () => KeysetCursor.Encode(row.Position, _signature, _keys)))
            .ToList();
        var pageInfo = new PageInfo(
            HasNextPage: Backward ? Before is not null : hasMore,
            HasPreviousPage: Backward ? hasMore : After is not null,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, count);
    }
}
