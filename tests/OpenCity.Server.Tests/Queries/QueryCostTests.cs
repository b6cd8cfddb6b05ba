using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

/// <summary>The cost estimate follows the variables of every request, a cached document's included, and is reported with the answer.</summary>
[Collection(CityCollection.Name)]
public sealed class QueryCostTests(SqliteCityFixture sqlite)
{
    private const string Nested = "query ($n: Int) { governanceUnits(first: $n) { nodes { components(first: $n) { nodes { code } } } } }";

    [Fact]
    public async Task The_same_document_is_answered_or_refused_by_the_pages_its_variables_ask_for()
    {
        var small = await sqlite.Server.PostAsync(Nested, new { n = 5 });
        var large = await sqlite.Server.PostAsync(Nested, new { n = 500 });
        var smallAgain = await sqlite.Server.PostAsync(Nested, new { n = 5 });

        Assert.Null(small["errors"]);
        Assert.Equal(small["extensions"]!.ToJsonString(), smallAgain["extensions"]!.ToJsonString());
        var cost = small["extensions"]!["cost"]!;
        Assert.Equal(1 + (5 * (1 + 1 + (5 * 2))), cost["resultSize"]!.GetValue<double>()); // the connection, 5 units, their connections and 5 codes each
        Assert.Equal(100_000, cost["resultSizeLimit"]!.GetValue<double>());
        var refusal = large["errors"]![0]!["extensions"]!;
        Assert.Equal("QUERY_TOO_COMPLEX", refusal["code"]!.GetValue<string>());
        Assert.Equal(1 + (500 * (1 + 1 + (500 * 2))), refusal["value"]!.GetValue<double>());
        Assert.Null(large["data"]);
    }

    [Fact]
    public async Task Fragments_that_double_at_every_level_are_estimated_once_each_and_refused()
    {
        // 25 levels of fragments spreading the next one twice: 2^25 copies of the last, were they expanded.
        var fragments = string.Join(' ', Enumerable.Range(0, 25).Select(i => $"fragment F{i} on GovernanceUnit {{ ...F{i + 1} ...F{i + 1} }}"));
        var query = $"{{ city {{ ...F0 }} }} {fragments} fragment F25 on GovernanceUnit {{ code name }}";

        var response = await sqlite.Server.PostAsync(query);

        var refusal = response["errors"]![0]!["extensions"]!;
        Assert.Equal("QUERY_TOO_COMPLEX", refusal["code"]!.GetValue<string>());
        Assert.Equal(1 + ((1 << 25) * 2), refusal["value"]!.GetValue<double>());
    }
}
