using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

/// <summary>
/// A long <c>in</c> list is sent as one parameter (a JSON array read by <c>json_each()</c> on
/// SQLite, an array compared with <c>= ANY()</c> on PostgreSQL), not one parameter per value,
/// which SQLite takes in time growing faster than the list; and it keeps exactly the listed rows.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class InListTests(SqlCommandLog sql, SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    private const int Values = 1_000;

    [Theory]
    [InlineData("SQLite", "json_each(")]
    [InlineData("PostGIS", "= ANY (")]
    public async Task A_thousand_codes_are_one_parameter_and_find_exactly_the_listed_assets(string provider, string translation)
    {
        var server = provider == "SQLite" ? sqlite.Server : postgis.Server;
        var page = await server.QueryDataAsync("{ components(first: 300, order: [{ code: ASC }]) { nodes { code } } }");
        var real = page["components"]!["nodes"]!.AsArray().Select(n => (string)n!["code"]!).Where((_, i) => i % 2 == 0).ToList();
        var codes = real.Concat(Enumerable.Range(0, Values - real.Count).Select(i => $"NO-{i:D6}")).ToList();

        var commands = await sql.CaptureCommandsAsync(() => server.QueryDataAsync(
            "query($codes: [String!]) { components(where: { code: { in: $codes } }, first: 500) { totalCount nodes { code } } }", new { codes }));
        var found = await server.QueryDataAsync(
            "query($codes: [String!]) { components(where: { code: { in: $codes } }, first: 500) { totalCount nodes { code } } }", new { codes });

        Assert.Equal(real.Count, (int)found["components"]!["totalCount"]!);
        Assert.Equal(real.Order(StringComparer.Ordinal), found["components"]!["nodes"]!.AsArray().Select(n => (string)n!["code"]!).Order(StringComparer.Ordinal));
        Assert.All(commands, command =>
        {
            Assert.Contains(translation, command.Text, StringComparison.Ordinal);
            Assert.True(command.Parameters.Count < 5, $"{command.Parameters.Count} parameters");
        });
    }
}
