using System.Text.Json.Nodes;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

/// <summary>Relay paging over keyset cursors: forwards, backwards, and the limits.</summary>
[Collection(CityCollection.Name)]
public sealed class PagingTests(SqliteCityFixture sqlite)
{
    private OpenCityServer Server => sqlite.Server;

    [Fact]
    public async Task Walking_every_page_forwards_and_backwards_visits_every_item_once_in_order()
    {
        var all = Codes((await Server.QueryDataAsync("{ governanceUnits(first: 500) { totalCount nodes { code } } }"))["governanceUnits"]!);

        var forwards = new List<string>();
        string? after = null;
        bool hasNext;
        do
        {
            var page = (await Server.QueryDataAsync(
                "query ($after: String) { governanceUnits(first: 7, after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor } nodes { code } } }",
                new { after }))["governanceUnits"]!;
            Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            forwards.AddRange(Codes(page));
            hasNext = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
        }
        while (hasNext);

        var backwards = new List<string>();
        string? before = null;
        bool hasPrevious;
        do
        {
            var page = (await Server.QueryDataAsync(
                "query ($before: String) { governanceUnits(last: 9, before: $before) { pageInfo { hasPreviousPage startCursor } nodes { code } } }",
                new { before }))["governanceUnits"]!;
            backwards.InsertRange(0, Codes(page));
            hasPrevious = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>();
            before = page["pageInfo"]!["startCursor"]?.GetValue<string>();
        }
        while (hasPrevious);

        Assert.True(all.Count > 50);
        Assert.Equal(all, forwards);
        Assert.Equal(all, backwards);
    }

    [Fact]
    public async Task Without_first_or_last_a_page_holds_the_default_page_size()
    {
        var page = (await Server.QueryDataAsync("{ components { nodes { code } pageInfo { hasNextPage } } }"))["components"]!;

        Assert.Equal(50, page["nodes"]!.AsArray().Count);
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("components(first: 501)", "PAGE_SIZE_EXCEEDED", "500")]
    [InlineData("components(last: 100000)", "PAGE_SIZE_EXCEEDED", "500")]
    [InlineData("components(first: 5, last: 5)", "INVALID_PAGING_ARGUMENTS", "not both")]
    [InlineData("components(first: -1)", "INVALID_PAGING_ARGUMENTS", "zero or more")]
    [InlineData("components(after: \"not-a-cursor\")", "INVALID_CURSOR", "cursor")]
    [InlineData("components(after: \"azE6MTIzYWJj\")", "INVALID_CURSOR", "cursor")]
    [InlineData("city { components(first: 9999) }", "PAGE_SIZE_EXCEEDED", "500")]
    public async Task Bad_paging_arguments_get_a_clear_error_with_a_stable_code(string field, string code, string mentions)
    {
        var selection = field.EndsWith('}') ? field.Insert(field.Length - 1, "{ totalCount } ") : field + " { totalCount }";
        var response = await Server.PostAsync($"{{ {selection} }}");

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal(code, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains(mentions, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_this_server_did_not_issue_is_a_clear_error()
    {
        var response = await Server.PostAsync("""{ node(id: "Zm9vOmJhcg") { id } }""");

        Assert.Equal("INVALID_ID", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(response["data"]!["node"]);
    }

    private static List<string> Codes(JsonNode connection) =>
        connection["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).ToList();
}
