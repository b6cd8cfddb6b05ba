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
        AssertReads(components, "code", "kind");
        AssertDoesNotRead(components, "geometry", "attributes", "installed_on", "owner_id", "name");

        var city = Assert.Single(statements, s => s.Contains("governance_units", StringComparison.Ordinal));
        AssertReads(city, "name");
        AssertDoesNotRead(city, "boundary", "centroid");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Related_objects_read_only_the_columns_their_selection_needs(string provider)
    {
        var server = provider == "SQLite" ? sqlite.Server : postgis.Server;

        var statements = await sql.CaptureAsync(async () =>
        {
            var data = await server.QueryDataAsync("{ components(first: 20) { nodes { code owner { code } unit { code parent { name } } latestReading { value } } } }");
            Assert.Contains(data["components"]!["nodes"]!.AsArray(), n => n!["unit"]?["parent"]?["name"] is not null);
        });

        var departments = Assert.Single(statements, s => s.Contains("departments", StringComparison.Ordinal));
        AssertReads(departments, "code");
        AssertDoesNotRead(departments, "name", "description");

        var units = statements.Where(s => s.Contains("governance_units", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, units.Count); // the grid cells with the parent's id, then the parents with their names
        AssertReads(units[0], "code", "parent_id");
        AssertReads(units[1], "name");
        Assert.All(units, u => AssertDoesNotRead(u, "boundary", "centroid", "path"));

        var readings = Assert.Single(statements, s => s.Contains("readings", StringComparison.Ordinal));
        AssertDoesNotRead(readings.Split("FROM")[0], "metric", "unit_of_measure");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_field_selected_twice_gets_the_columns_of_both_selections(string provider)
    {
        var server = provider == "SQLite" ? sqlite.Server : postgis.Server;

        var data = await server.QueryDataAsync("""{ components(first: 20, where: { owner: { code: { neq: "" } } }) { nodes { owner { code } owner { name } } } }""");

        var nodes = data["components"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n =>
        {
            Assert.NotNull((string?)n!["owner"]!["code"]);
            Assert.NotNull((string?)n["owner"]!["name"]);
        });
    }

    // Columns appear as "c"."code" on SQLite and c.code on PostgreSQL.
    private static void AssertReads(string statement, params string[] columns) =>
        Assert.All(columns, column => Assert.Matches($@"[.""]{column}\b", statement));

    private static void AssertDoesNotRead(string statement, params string[] columns) =>
        Assert.All(columns, column => Assert.DoesNotMatch($@"[.""]{column}\b", statement));
}
