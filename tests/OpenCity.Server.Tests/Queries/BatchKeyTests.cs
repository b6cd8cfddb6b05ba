using System.Text.Json.Nodes;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

/// <summary>
/// Fields batched together must be the same field with the same arguments and selection: two
/// aliased fields that differ only in their arguments or their selections each get their own
/// answer, the one they get when asked alone.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class BatchKeyTests(SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    public static TheoryData<string, string, string> Pairs => new()
    {
        { "page sizes", "components(first: 2) { totalCount nodes { code } }", "components(first: 3) { totalCount nodes { code } }" },
        { "filters", "components(first: 3, where: { kind: { eq: STREETLIGHT } }) { totalCount nodes { code kind } }", "components(first: 3, where: { kind: { eq: HYDRANT } }) { totalCount nodes { code kind } }" },
        { "orders", "components(first: 3, order: [{ code: ASC }]) { nodes { code } }", "components(first: 3, order: [{ code: DESC }]) { nodes { code } }" },
        { "selections", "components(first: 3) { nodes { code } }", "components(first: 3) { nodes { name installedOn } }" },
        { "count or rows", "components(first: 3) { totalCount }", "components(first: 3) { nodes { code } }" },
        { "children filters", "children(where: { name: { startsWith: \"A\" } }) { code }", "children(where: { name: { startsWith: \"B\" } }) { code }" },
        { "children selections", "children { code }", "children { name level }" },
        { "parent selections", "parent { code }", "parent { name level }" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Sqlite_aliased_fields_get_their_own_answers(string difference, string a, string b) =>
        await AssertOwnAnswersAsync(sqlite.Server, difference, a, b);

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task PostGIS_aliased_fields_get_their_own_answers(string difference, string a, string b) =>
        await AssertOwnAnswersAsync(postgis.Server, difference, a, b);

    [Fact]
    public async Task A_fragment_field_reused_under_different_arguments_gets_each_its_own_answer()
    {
        const string query = """
            query ($small: Int!, $large: Int!) {
              small: governanceUnits(level: DISTRICT, first: 3) { nodes { code ...Components } }
              large: governanceUnits(level: DISTRICT, first: 3) { nodes { code components(first: $large) { nodes { code } } } }
            }
            fragment Components on GovernanceUnit { components(first: $small) { nodes { code } } }
            """;

        var data = await sqlite.Server.QueryDataAsync(query, new { small = 1, large = 4 });

        Assert.All(data["small"]!["nodes"]!.AsArray(), unit => Assert.Single(unit!["components"]!["nodes"]!.AsArray()));
        Assert.All(data["large"]!["nodes"]!.AsArray(), unit => Assert.Equal(4, unit!["components"]!["nodes"]!.AsArray().Count));
    }

    private static async Task AssertOwnAnswersAsync(OpenCityServer server, string difference, string a, string b)
    {
        static string Units(string selection) => $"{{ governanceUnits(level: DISTRICT, first: 3) {{ nodes {{ code {selection} }} }} }}";

        var together = await server.QueryDataAsync(Units($"a: {a} b: {b}"));
        var aAlone = await server.QueryDataAsync(Units($"a: {a}"));
        var bAlone = await server.QueryDataAsync(Units($"b: {b}"));

        var units = together["governanceUnits"]!["nodes"]!.AsArray();
        Assert.Equal(3, units.Count);
        Assert.Equal(Field(aAlone, "a"), Field(together, "a"));
        Assert.Equal(Field(bAlone, "b"), Field(together, "b"));
        Assert.True(Field(together, "a") != Field(together, "b"), $"The pair differing in {difference} gave the same answers: the test proves nothing.");
    }

    private static string Field(JsonObject data, string alias) =>
        new JsonArray([.. data["governanceUnits"]!["nodes"]!.AsArray().Select(unit => unit![alias]?.DeepClone())]).ToJsonString();
}
