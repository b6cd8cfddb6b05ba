using GraphQL.DataLoader;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// A page of a list. The total is counted only when a client asks for it, through
/// <paramref name="Count"/>, because counting a large table costs more than the page; nested
/// connections count through a DataLoader, so that a page of parents is counted in one statement.
/// </summary>
public sealed record Connection<T>(
    IReadOnlyList<Edge<T>> Edges,
    PageInfo PageInfo,
    Func<IDataLoaderResult<int>> Count);
