namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// One item of a page with the cursor that points at it. The cursor is sealed when first read:
/// most queries read the nodes and one end cursor, not a cursor per item.
/// </summary>
public sealed class Edge<T>(T node, Func<string> cursor)
{
    private string? _cursor;

    public T Node { get; } = node;

    public string Cursor => _cursor ??= cursor();
}
