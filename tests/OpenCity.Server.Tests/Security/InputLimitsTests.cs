using System.Text.Json.Nodes;
using OpenCity.Benchmarks.Attacks;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Security;

/// <summary>
/// Shapes of input past the attack corpus, each refused before any database work with its code and
/// the limit it passed, on both databases where the database could matter.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class InputLimitsTests(SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    [Fact]
    public async Task An_order_with_more_keys_than_allowed_is_refused()
    {
        var order = string.Join(", ", Enumerable.Repeat("{ code: ASC }", 11));

        var error = await FirstErrorAsync(sqlite.Server, $"{{ components(first: 1, order: [{order}]) {{ totalCount }} }}");

        Assert.Equal("INVALID_SORT", Code(error));
        Assert.Equal(10, error["extensions"]!["limit"]!.GetValue<int>());
        Assert.Equal(11, error["extensions"]!["value"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_chain_of_more_fragments_than_allowed_is_refused()
    {
        var fragments = string.Join('\n', Enumerable.Range(0, 150).Select(i => $"fragment f{i} on Query {{ __typename{(i < 149 ? $" ...f{i + 1}" : string.Empty)} }}"));

        var error = await FirstErrorAsync(sqlite.Server, "{ ...f0 }\n" + fragments);

        Assert.Equal("QUERY_TOO_COMPLEX", Code(error));
        Assert.Equal(100, error["extensions"]!["limit"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_flood_of_directives_is_refused_by_the_node_count()
    {
        var directives = string.Concat(Enumerable.Repeat(" @skip(if: false)", 3000));

        var error = await FirstErrorAsync(sqlite.Server, $"{{ __typename{directives} }}");

        Assert.Equal("QUERY_TOO_COMPLEX", Code(error));
        Assert.Equal(2500, error["extensions"]!["limit"]!.GetValue<int>());
    }

    [Fact]
    public async Task Aliases_of_the_whole_schema_are_priced_by_the_schema_size()
    {
        var one = "__schema { types { name fields { name args { name } } } }";
        var twenty = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"s{i}: {one}"));

        var single = await sqlite.Server.PostAsync($"{{ {one} }}");
        var error = await FirstErrorAsync(sqlite.Server, $"{{ {twenty} }}");

        Assert.Null(single["errors"]);
        Assert.True(single["extensions"]!["cost"]!["resultSize"]!.GetValue<double>() > 1000, "one __schema is priced as the schema it reads, not as one value");
        Assert.Equal("QUERY_TOO_COMPLEX", Code(error));
    }

    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostGIS")]
    public async Task Text_that_is_not_valid_Unicode_in_a_code_or_a_filter_is_an_invalid_value(string provider)
    {
        var server = provider == "SQLite" ? sqlite.Server : postgis.Server;

        var byCode = await FirstErrorAsync(server, "query ($c: String!) { component(code: $c) { code } }", new { c = "SL-000001\0" });
        // A GraphQL escape: serialised as JSON, a lone surrogate would become U+FFFD before it reached the server.
        var byFilter = await FirstErrorAsync(server, """{ components(where: { name: { containsIgnoreCase: "park\uD800" } }) { totalCount } }""");

        Assert.Equal("INVALID_VALUE", Code(byCode));
        Assert.Equal("INVALID_VALUE", Code(byFilter));
    }

    [Fact]
    public async Task A_text_longer_than_allowed_in_a_filter_is_refused()
    {
        var error = await FirstErrorAsync(
            sqlite.Server, "query ($t: String) { components(where: { name: { startsWithIgnoreCase: $t } }) { totalCount } }", new { t = new string('a', 50_001) });

        Assert.Equal("INVALID_FILTER", Code(error));
        Assert.Equal(1000, error["extensions"]!["limit"]!.GetValue<int>());
        Assert.Equal(50_001, error["extensions"]!["value"]!.GetValue<int>());
    }

    [Fact]
    public async Task Buffers_are_counted_across_all_the_branches_of_a_filter()
    {
        var facts = await CityFacts.LoadAsync(sqlite.Server.BaseAddress, CancellationToken.None);
        var line = AttackDocuments.RandomWalk(facts.Extent, 10);
        var branches = new JsonArray(Enumerable.Range(0, 60)
            .Select(_ => (JsonNode)new JsonObject { ["geometry"] = new JsonObject { ["distance"] = new JsonObject { ["geometry"] = line.DeepClone(), ["buffer"] = 10, ["lt"] = 1 } } })
            .ToArray());

        var error = await FirstErrorAsync(
            sqlite.Server, "query ($w: CityComponentFilterInput) { components(where: $w) { totalCount } }", new JsonObject { ["w"] = new JsonObject { ["or"] = branches } });

        Assert.Equal("INVALID_FILTER", Code(error));
        Assert.Equal(500, error["extensions"]!["limit"]!.GetValue<int>());
        Assert.Equal(600, error["extensions"]!["value"]!.GetValue<int>());
    }

    [Fact]
    public async Task Grouping_by_every_property_counts_every_public_asset()
    {
        var data = await sqlite.Server.QueryDataAsync("{ components { totalCount } componentAggregate(groupBy: [UNIT, KIND, STATUS, OWNER, DOMAIN]) { count } }");

        var rows = data["componentAggregate"]!.AsArray();
        Assert.InRange(rows.Count, 2, 5000);
        Assert.Equal(data["components"]!["totalCount"]!.GetValue<int>(), rows.Sum(row => row!["count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_grouping_with_more_rows_than_allowed_is_refused()
    {
        await using var server = new OpenCityServer(new Dictionary<string, string?>(sqlite.Settings) { ["OpenCity:Aggregation:MaxGroups"] = "10" });

        var error = await FirstErrorAsync(server, "{ componentAggregate(groupBy: [UNIT, KIND]) { count } }");
        var fewer = await server.QueryDataAsync("{ componentAggregate(groupBy: [DOMAIN]) { count } }");

        Assert.Equal("TOO_MANY_GROUPS", Code(error));
        Assert.InRange(fewer["componentAggregate"]!.AsArray().Count, 1, 10);
    }

    private static async Task<JsonNode> FirstErrorAsync(OpenCityServer server, string query, object? variables = null)
    {
        var response = await server.PostAsync(query, variables);
        return response["errors"]?[0] ?? throw new Xunit.Sdk.XunitException($"Expected an error, got {response.ToJsonString()[..Math.Min(500, response.ToJsonString().Length)]}");
    }

    private static string Code(JsonNode error) => error["extensions"]!["code"]!.GetValue<string>();
}
