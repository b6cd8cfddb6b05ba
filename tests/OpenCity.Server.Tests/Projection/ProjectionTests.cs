using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Projection;

/// <summary>Only the columns a query selects are read, and a page costs a fixed number of statements.</summary>
[Collection(CityCollection.Name)]
public sealed class ProjectionTests(SqlCommandLog sql, SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    public static TheoryData<string> Providers => ["SQLite", "PostGIS"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_hundred_components_with_owner_unit_and_latest_reading_cost_four_statements(string provider)
    {
        var server = provider == "SQLite" ? sqlite.Server : postgis.Server;

        var statements = await sql.CaptureAsync(async () =>
        {
            var data = await server.QueryDataAsync(
                "{ components(first: 100) { nodes { code owner { code } unit { code } latestReading { value } } } }");
            Assert.Equal(100, data["components"]!["nodes"]!.AsArray().Count);
        });

        Assert.True(statements.Count <= 4, $"{statements.Count} statements:\n" + string.Join("\n---\n", statements));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Unselected_columns_are_not_read(string provider)
    {
        var server = provider == "SQLite" ? sqlite.Server : postgis.Server;

        var statements = await sql.CaptureAsync(async () =>
        {
            await server.QueryDataAsync("{ components(first: 20) { nodes { code kind } } city { name } }");
        });

        var components = Assert.Single(statements, s => s.Contains("components", StringComparison.Ordinal));
        Assert.Contains("code", components, StringComparison.Ordinal);
        foreach (var column in new[] { "geometry", "attributes", "installed_on", "owner_id", "name" })
        {
            Assert.DoesNotContain($"\"{column}\"", components, StringComparison.Ordinal);
        }

        var city = Assert.Single(statements, s => s.Contains("governance_units", StringComparison.Ordinal));
        Assert.DoesNotContain("\"boundary\"", city, StringComparison.Ordinal);
        Assert.DoesNotContain("\"centroid\"", city, StringComparison.Ordinal);
    }
}
