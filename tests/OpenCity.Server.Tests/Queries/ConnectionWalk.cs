namespace OpenCity.Server.Tests.Queries;

/// <summary>
/// Every page of one connection, read forwards and backwards: the codes of each page in the
/// order they were fetched, the <c>totalCount</c> the first page of each direction reported, and
/// the first error met.
/// </summary>
internal sealed record ConnectionWalk(
    List<List<string>> Forward,
    List<List<string>> Backward,
    List<int> TotalCounts,
    string? Error)
{
    /// <summary>The backward pages put back in list order.</summary>
    public List<string> BackwardCodes => [.. Enumerable.Reverse(Backward).SelectMany(p => p)];

    public List<string> ForwardCodes => [.. Forward.SelectMany(p => p)];
}
