namespace OpenCity.GraphQL.Data.Paging;

/// <summary>Where a page lies in the whole list.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
