namespace OpenCity.GraphQL.Data.Paging;

/// <summary>Where a cursor points: the sort key values of a row (null where the row has none) and its id.</summary>
internal sealed record KeysetPosition(IReadOnlyList<object?> Values, long Id);
