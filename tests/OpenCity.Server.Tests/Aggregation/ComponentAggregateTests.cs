using System.Text.Json.Nodes;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;
using OpenCity.Domain.Components;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Aggregation;

/// <summary><c>componentAggregate</c> counts what a LINQ-to-Objects count of all rows gives, in one SQL statement, on both databases.</summary>
[Collection(CityCollection.Name)]
public sealed class ComponentAggregateTests(SqlCommandLog sql, SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    private const string Query = """
        query ($groupBy: [ComponentGroupBy!]!) {
          components { totalCount }
          componentAggregate(groupBy: $groupBy) { kind status domain unit { code } owner { code } count }
        }
        """;

    public static TheoryData<string, string[]> Groupings => new()
    {
        { "SQLite", ["KIND"] },
        { "PostGIS", ["KIND"] },
        { "SQLite", ["STATUS", "KIND"] },
        { "PostGIS", ["STATUS", "KIND"] },
        { "SQLite", ["DOMAIN", "OWNER"] },
        { "PostGIS", ["DOMAIN", "OWNER"] },
        { "SQLite", ["UNIT"] },
        { "PostGIS", ["UNIT"] },
        { "SQLite", ["OWNER", "UNIT", "KIND", "STATUS", "DOMAIN"] },
        { "PostGIS", ["OWNER", "UNIT", "KIND", "STATUS", "DOMAIN"] },
        { "SQLite", [] },
        { "PostGIS", [] },
    };

    [Theory]
    [MemberData(nameof(Groupings))]
    public async Task Counts_per_group_equal_a_count_of_all_rows(string provider, string[] groupBy)
    {
        var server = Server(provider);
        var data = await server.QueryDataAsync(Query, new { groupBy });
        var expected = await ExpectedAsync(server, groupBy);

        var groups = data["componentAggregate"]!.AsArray().Select(g => g!.AsObject()).ToList();
        Assert.Equal(expected, groups.Select(g => Describe(g, groupBy)));
        Assert.Equal(data["components"]!["totalCount"]!.GetValue<int>(), groups.Sum(g => g["count"]!.GetValue<int>()));
        foreach (var field in new[] { "kind", "status", "domain", "unit", "owner" }.Where(f => !groupBy.Contains(f.ToUpperInvariant())))
        {
            Assert.All(groups, g => Assert.Null(g[field]));
        }
    }

    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostGIS")]
    public async Task Where_counts_only_the_matching_assets(string provider)
    {
        const string query = """
            query ($where: CityComponentFilterInput) {
              components(where: $where) { totalCount }
              componentAggregate(groupBy: [STATUS], where: $where) { status count }
            }
            """;
        var where = new { kind = new { eq = "STREETLIGHT" }, owner = new { code = new { eq = "LIGHTING" } } };

        var data = await Server(provider).QueryDataAsync(query, new { where });

        var groups = data["componentAggregate"]!.AsArray();
        var total = data["components"]!["totalCount"]!.GetValue<int>();
        Assert.True(total > 0, "The filter should match some streetlights.");
        Assert.Equal(total, groups.Sum(g => g!["count"]!.GetValue<int>()));
        Assert.True(groups.Count > 1, "Streetlights come in several states.");
    }

    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostGIS")]
    public async Task A_grouping_is_one_SQL_statement(string provider)
    {
        var statements = await sql.CaptureAsync(() =>
            Server(provider).QueryDataAsync("{ componentAggregate(groupBy: [KIND, STATUS, UNIT]) { kind status count } }"));

        var statement = Assert.Single(statements);
        Assert.Contains("GROUP BY", statement, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostGIS")]
    public async Task Units_and_owners_cost_one_batched_statement_each(string provider)
    {
        var statements = await sql.CaptureAsync(() =>
            Server(provider).QueryDataAsync("{ componentAggregate(groupBy: [UNIT, OWNER]) { unit { code } owner { code } count } }"));

        Assert.Equal(3, statements.Count);
        Assert.Single(statements, s => s.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Sqlite_and_PostGIS_give_identical_groups()
    {
        const string query = "{ componentAggregate(groupBy: [DOMAIN, OWNER, STATUS]) { domain owner { code name } status count } }";

        var fromSqlite = await sqlite.Server.QueryDataAsync(query);
        var fromPostGis = await postgis.Server.QueryDataAsync(query);

        Assert.Equal(fromSqlite.ToJsonString(), fromPostGis.ToJsonString());
    }

    [Fact]
    public async Task Restricted_components_are_not_counted()
    {
        var data = await sqlite.Server.QueryDataAsync("{ componentAggregate(groupBy: []) { count } }");
        await using var db = await Contexts(sqlite.Server).CreateDbContextAsync();

        Assert.Equal(await db.Components.IgnoreQueryFilters().CountAsync(c => c.Sensitivity == Sensitivity.Public), data["componentAggregate"]![0]!["count"]!.GetValue<int>());
        Assert.True(await db.Components.IgnoreQueryFilters().AnyAsync(c => c.Sensitivity != Sensitivity.Public), "The seeded city should hold restricted components.");
    }

    private static async Task<List<string>> ExpectedAsync(OpenCityServer server, string[] groupBy)
    {
        await using var db = await Contexts(server).CreateDbContextAsync();
        var units = await db.GovernanceUnits.ToDictionaryAsync(u => u.Id, u => u.Code);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Id, d => d.Code);
        var components = (await db.Components.IgnoreQueryFilters().AsNoTracking().ToListAsync()).Where(c => c.Sensitivity == Sensitivity.Public);

        // Each key as (sort value, label): enums in declared order, units and owners by id, missing ones first.
        (long? Sort, string Label) Key(CityComponent c, string key) => key switch
        {
            "KIND" => ((long)c.Kind, c.Kind.ToString().ToConstantCase()),
            "STATUS" => ((long)c.Status, c.Status.ToString().ToConstantCase()),
            "DOMAIN" => ((long)c.Domain, c.Domain.ToString().ToConstantCase()),
            "UNIT" => (c.GridUnitId, c.GridUnitId is { } u ? units[u] : "-"),
            "OWNER" => (c.OwnerId, c.OwnerId is { } o ? departments[o] : "-"),
            _ => throw new ArgumentOutOfRangeException(nameof(key)),
        };

        var groups = components
            .GroupBy(c => string.Join("|", groupBy.Select(k => Key(c, k).Label)))
            .Select(g => (Keys: groupBy.Select(k => Key(g.First(), k).Sort).ToList(), Label: $"{g.Key}: {g.Count()}"))
            .OrderBy(_ => 0);
        for (var i = 0; i < groupBy.Length; i++)
        {
            var index = i;
            groups = groups.ThenBy(g => g.Keys[index]);
        }

        return groups.Select(g => g.Label).ToList();
    }

    private static string Describe(JsonObject group, string[] groupBy) =>
        string.Join("|", groupBy.Select(key => key switch
        {
            "UNIT" => group["unit"]?["code"]?.GetValue<string>() ?? "-",
            "OWNER" => group["owner"]?["code"]?.GetValue<string>() ?? "-",
            _ => group[key.ToLowerInvariant()]!.GetValue<string>(),
        })) + $": {group["count"]!.GetValue<int>()}";

    private static IDbContextFactory<OpenCityDbContext> Contexts(OpenCityServer server) =>
        server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>();

    private OpenCityServer Server(string provider) => provider == "PostGIS" ? postgis.Server : sqlite.Server;
}
