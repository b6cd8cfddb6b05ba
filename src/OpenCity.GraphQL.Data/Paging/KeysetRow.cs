namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// A row with its id and sort key values as the database computed them: a key behind a navigation
/// (<c>b.Author!.Name</c>) is read in the same statement rather than loaded with the row.
/// </summary>
internal sealed class KeysetRow<T>
{
    public required T Row { get; init; }

    public required long Id { get; init; }

    public required object?[] Values { get; init; }

    /// <summary>Where the row stands in its order, for its cursor.</summary>
    public KeysetPosition Position => new(Values, Id);
}
