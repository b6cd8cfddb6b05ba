namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// A row with its sort key values as the database computed them: a key behind a navigation
/// (<c>b.Author!.Name</c>) is read in the same statement rather than loaded with the row.
/// </summary>
internal sealed class KeysetRow<T>
{
    public required T Row { get; init; }

    public required object?[] Values { get; init; }
}
