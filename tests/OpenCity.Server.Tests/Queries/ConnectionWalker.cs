using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

/// <summary>
/// Walks a root connection that takes <c>where</c> and <c>order</c>, page by page over HTTP:
/// forwards with <c>first</c>/<c>after</c>, then backwards with <c>last</c>/<c>before</c>.
/// </summary>
internal sealed class ConnectionWalker(string connectionField, string filterType, string sortType)
{
    public string ForwardQuery => $$"""
        query ($where: {{filterType}}, $order: [{{sortType}}!], $first: Int, $after: String, $count: Boolean!) {
          {{connectionField}}(where: $where, order: $order, first: $first, after: $after) {
            totalCount @include(if: $count) pageInfo { hasNextPage hasPreviousPage endCursor } nodes { code }
          }
        }
        """;

    public string BackwardQuery => $$"""
        query ($where: {{filterType}}, $order: [{{sortType}}!], $last: Int, $before: String, $count: Boolean!) {
          {{connectionField}}(where: $where, order: $order, last: $last, before: $before) {
            totalCount @include(if: $count) pageInfo { hasNextPage hasPreviousPage startCursor } nodes { code }
          }
        }
        """;

    /// <param name="server">The server to ask.</param>
    /// <param name="where">The <c>where</c> value, or null.</param>
    /// <param name="order">The <c>order</c> value.</param>
    /// <param name="pageSize">The <c>first</c> and <c>last</c>.</param>
    /// <param name="maxPages">Stop after this many pages in one direction, as a guard against a cursor that never ends.</param>
    public async Task<ConnectionWalk> WalkAsync(OpenCityServer server, object? where, object order, int pageSize, int maxPages)
    {
        var walk = new ConnectionWalk([], [], [], null);
        var error = await WalkAsync(server, ForwardQuery, "first", "after", "endCursor", "hasNextPage", where, order, pageSize, maxPages, walk.Forward, walk.TotalCounts)
            ?? await WalkAsync(server, BackwardQuery, "last", "before", "startCursor", "hasPreviousPage", where, order, pageSize, maxPages, walk.Backward, walk.TotalCounts);
        return walk with { Error = error };
    }

    private async Task<string?> WalkAsync(
        OpenCityServer server,
        string query,
        string size,
        string cursor,
        string cursorField,
        string moreField,
        object? where,
        object order,
        int pageSize,
        int maxPages,
        List<List<string>> pages,
        List<int> totalCounts)
    {
        string? position = null;
        while (true)
        {
            var response = await server.PostAsync(query, new Dictionary<string, object?>
            {
                ["where"] = where,
                ["order"] = order,
                [size] = pageSize,
                [cursor] = position,
                ["count"] = position is null, // counting costs a query; the first page of each direction is enough
            });
            if (response["errors"] is { } errors)
            {
                return $"{size}/{cursor} page {pages.Count + 1}: GraphQL errors {errors.ToJsonString()}";
            }

            var connection = response["data"]![connectionField]!;
            pages.Add([.. connection["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>())]);
            if (position is null)
            {
                totalCounts.Add(connection["totalCount"]!.GetValue<int>());
            }

            var pageInfo = connection["pageInfo"]!;
            if (!pageInfo[moreField]!.GetValue<bool>())
            {
                return null;
            }

            if (pages.Count >= maxPages)
            {
                return $"{size}/{cursor}: still {moreField} after {pages.Count} pages; expected at most {maxPages - 1}.";
            }

            position = pageInfo[cursorField]?.GetValue<string>();
            if (position is null)
            {
                return $"{size}/{cursor} page {pages.Count}: {moreField} but no {cursorField}.";
            }
        }
    }
}
