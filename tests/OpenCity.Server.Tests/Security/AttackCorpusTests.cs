using System.Text.Json.Nodes;
using OpenCity.Benchmarks.Attacks;
using OpenCity.Server.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace OpenCity.Server.Tests.Security;

/// <summary>
/// Every shape of issue 8's "What was observed", sent to the server on SQLite as the attack benchmark
/// sends it: each is refused with its code (the whole answer kept as a reviewed snapshot) or answered
/// without error, never with a 5xx, an INTERNAL_ERROR or a stack trace, and the server answers the
/// next request.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class AttackCorpusTests(SqliteCityFixture sqlite)
{
    /// <summary>What each shape must get: the code of its refusal, or null for an answer.</summary>
    public static TheoryData<string, string?> Expectations => new()
    {
        { "readme-page", null },
        { "or-35000", "INVALID_FILTER" },
        { "or-1100", "INVALID_FILTER" },
        { "distance-400", null },
        { "distance-1000", null },
        { "buffer-line-1000", "INVALID_FILTER" },
        { "buffer-multipoint-500", null },
        { "buffer-5e-324", "INVALID_FILTER" },
        { "buffer-5e-324-point", "INVALID_FILTER" },
        { "aliases-200", "QUERY_TOO_COMPLEX" },
        { "nested-components-4", "QUERY_TOO_COMPLEX" },
        { "nodes-100-same-unit", "QUERY_TOO_COMPLEX" },
        { "abandoned-expensive", null },
        { "ignorecase-or-10", null },
        { "ignorecase-per-unit", null },
        { "in-30000", "INVALID_FILTER" },
        { "deep-selection-61", "QUERY_TOO_DEEP" },
        { "deep-list-literal", "QUERY_TOO_DEEP" },
        { "errors-20000", "QUERY_TOO_COMPLEX" },
        { "invalid-paging-dev-details", "INVALID_PAGING_ARGUMENTS" },
    };

    [Fact]
    public void Every_shape_of_the_benchmark_has_an_expectation()
    {
        var expected = Expectations.Select(row => (string)row[0]).Append("options-preflight").Order(StringComparer.Ordinal);
        Assert.Equal(AttackShapes.All.Select(shape => shape.Name).Order(StringComparer.Ordinal), expected);
    }

    [Theory]
    [MemberData(nameof(Expectations))]
    public async Task Each_observed_shape_is_refused_with_its_code_or_answered(string shape, string? code)
    {
        var facts = await CityFacts.LoadAsync(sqlite.Server.BaseAddress, CancellationToken.None);

        var (status, body) = await SendAsync(sqlite.Server.Client, AttackShapes.All.Single(s => s.Name == shape).Build(facts));

        Assert.InRange(status, 200, 499);
        Assert.False(AttackInspections.HasStackTrace(body.ToJsonString()), body.ToJsonString());
        var codes = body["errors"]?.AsArray().Select(e => e!["extensions"]?["code"]?.GetValue<string>()).ToList() ?? [];
        Assert.DoesNotContain("INTERNAL_ERROR", codes);
        if (code is null)
        {
            Assert.True(codes.Count == 0, body.ToJsonString());
            Assert.NotNull(body["data"]);
        }
        else
        {
            Assert.Equal(code, codes.FirstOrDefault());
            Snapshot.Match(new { status, body = Newtonsoft.Json.Linq.JToken.Parse(body.ToJsonString()) }, SnapshotNameExtension.Create(shape));
        }

        await AssertStillAnswersAsync(sqlite.Server);
    }

    [Fact]
    public async Task In_development_an_error_still_shows_no_exception_details()
    {
        await using var development = new OpenCityServer(new Dictionary<string, string?>(sqlite.Settings) { ["environment"] = "Development" });

        var response = await development.PostAsync("{ components(first: -1) { totalCount } }");

        var error = response["errors"]![0]!;
        Assert.Equal("INVALID_PAGING_ARGUMENTS", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(error["extensions"]!["details"]);
        Assert.DoesNotContain(".cs", response.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cursor_of_one_list_is_refused_by_another_in_the_same_order()
    {
        var requests = await sqlite.Server.QueryDataAsync("{ serviceRequests(first: 2) { pageInfo { endCursor } } }");
        var cursor = requests["serviceRequests"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var response = await sqlite.Server.PostAsync("query ($after: String) { components(first: 2, after: $after) { nodes { code } } }", new { after = cursor });

        var error = response["errors"]![0]!;
        Assert.Equal("INVALID_CURSOR", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("Query.serviceRequests", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull((await sqlite.Server.QueryDataAsync("query ($after: String) { serviceRequests(first: 2, after: $after) { nodes { code } } }", new { after = cursor }))["serviceRequests"]);
    }

    [Fact]
    public async Task Global_ids_carry_codes_not_row_numbers()
    {
        var node = (await sqlite.Server.QueryDataAsync("{ components(first: 1) { nodes { id code } } }"))["components"]!["nodes"]![0]!;

        var decoded = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(node["id"]!.GetValue<string>()));

        Assert.Equal($"CityComponent:{node["code"]!.GetValue<string>()}", decoded);
    }

    private static async Task<(int Status, JsonObject Body)> SendAsync(HttpClient client, AttackRequest attack)
    {
        using var request = new HttpRequestMessage(attack.Method, "/graphql");
        if (attack.Body is { } body)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new("application/json");
        }

        foreach (var (name, value) in attack.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text)?.AsObject() ?? throw new InvalidOperationException($"Not JSON: {text}"));
    }

    private static async Task AssertStillAnswersAsync(OpenCityServer server) =>
        Assert.Equal("Query", (await server.QueryDataAsync("{ __typename }"))["__typename"]!.GetValue<string>());
}
