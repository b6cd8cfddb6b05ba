using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;
using OpenCity.Data.Seeding;
using OpenCity.Domain.Components;
using OpenCity.GraphQL.Data.Relay;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

/// <summary>What the root fields answer about the seeded small city (on SQLite; parity with PostGIS is tested apart).</summary>
[Collection(CityCollection.Name)]
public sealed class CityQueriesTests(SqliteCityFixture sqlite)
{
    private OpenCityServer Server => sqlite.Server;

    [Fact]
    public async Task City_answers_with_its_name_and_its_districts()
    {
        var data = await Server.QueryDataAsync("{ city { name children { code name } } }");
        var districts = await Server.QueryDataAsync("{ governanceUnits(level: DISTRICT, first: 500) { totalCount nodes { code name } } }");

        Assert.Equal(CityDefinition.LoadEmbedded().Name, data["city"]!["name"]!.GetValue<string>());
        var children = data["city"]!["children"]!.AsArray();
        Assert.NotEmpty(children);
        Assert.Equal(districts["governanceUnits"]!["totalCount"]!.GetValue<int>(), children.Count);
        Assert.Equal(
            districts["governanceUnits"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal),
            children.Select(n => n!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_unit_knows_its_parent_ancestors_and_children()
    {
        var grid = (await Server.QueryDataAsync("{ governanceUnits(level: GRID, first: 1) { nodes { code } } }"))
            ["governanceUnits"]!["nodes"]![0]!["code"]!.GetValue<string>();

        var unit = (await Server.QueryDataAsync(
            "query ($code: String!) { governanceUnit(code: $code) { level parent { code level } ancestors { level } children { code } } }",
            new { code = grid }))["governanceUnit"]!;

        Assert.Equal("GRID", unit["level"]!.GetValue<string>());
        Assert.Equal("COMMUNITY", unit["parent"]!["level"]!.GetValue<string>());
        Assert.StartsWith(unit["parent"]!["code"]!.GetValue<string>(), grid, StringComparison.Ordinal);
        Assert.Equal(["CITY", "DISTRICT", "STREET", "COMMUNITY"], unit["ancestors"]!.AsArray().Select(a => a!["level"]!.GetValue<string>()));
        Assert.Empty(unit["children"]!.AsArray());
    }

    [Fact]
    public async Task Children_can_be_filtered_and_ordered()
    {
        var data = await Server.QueryDataAsync("""
            {
              city {
                byName: children(order: [{ name: DESC }]) { code name }
                first: children(where: { code: { eq: "NB-D01" } }) { code }
              }
            }
            """);

        var names = data["city"]!["byName"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.True(names.Count > 1);
        Assert.Equal(names.OrderDescending(StringComparer.Ordinal), names);
        Assert.Equal("NB-D01", Assert.Single(data["city"]!["first"]!.AsArray())!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_codes_give_null_not_an_error()
    {
        var data = await Server.QueryDataAsync("""{ governanceUnit(code: "NOPE") { code } component(code: "NOPE") { code } }""");

        Assert.Null(data["governanceUnit"]);
        Assert.Null(data["component"]);
    }

    [Fact]
    public async Task A_units_components_include_those_of_every_unit_below_it()
    {
        var data = await Server.QueryDataAsync(
            "{ components { totalCount } city { components { totalCount } children { components { totalCount } } } }");

        var all = data["components"]!["totalCount"]!.GetValue<int>();
        Assert.True(all > 1000, $"The small city should hold thousands of public components, not {all}.");
        Assert.Equal(all, data["city"]!["components"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(all, data["city"]!["children"]!.AsArray().Sum(d => d!["components"]!["totalCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Restricted_components_are_hidden_from_anonymous_users_on_every_path()
    {
        CityComponent restricted;
        string publicNeighbour;
        int total;
        await using (var db = await Server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync())
        {
            restricted = await db.Components.IgnoreQueryFilters().Where(c => c.Sensitivity == Sensitivity.Restricted).OrderBy(c => c.Id).FirstAsync();
            publicNeighbour = await db.ComponentLinks.IgnoreQueryFilters()
                .Where(l => l.FromComponentId == restricted.Id && l.ToComponent.Sensitivity == Sensitivity.Public)
                .Select(l => l.ToComponent.Code)
                .FirstAsync();
            total = await db.Components.IgnoreQueryFilters().CountAsync();
        }

        var data = await Server.QueryDataAsync(
            """
            query ($code: String!, $id: ID!, $neighbour: String!) {
              component(code: $code) { code }
              node(id: $id) { id }
              nodes(ids: [$id]) { id }
              components { totalCount }
              neighbour: component(code: $neighbour) { links { from { code } to { code } } }
            }
            """,
            new { code = restricted.Code, id = new GlobalId("CityComponent", restricted.Code).ToString(), neighbour = publicNeighbour });

        Assert.Null(data["component"]);
        Assert.Null(data["node"]);
        Assert.Null(Assert.Single(data["nodes"]!.AsArray()));
        Assert.True(data["components"]!["totalCount"]!.GetValue<int>() < total);
        var linked = data["neighbour"]!["links"]!.AsArray().SelectMany(l => new[] { l!["from"]!["code"]!.GetValue<string>(), l["to"]!["code"]!.GetValue<string>() });
        Assert.DoesNotContain(restricted.Code, linked);
    }

    [Fact]
    public async Task Nodes_answers_the_good_ids_and_flags_each_bad_one_at_its_place()
    {
        var id = (await Server.QueryDataAsync("{ city { id } }"))["city"]!["id"]!.GetValue<string>();

        var response = await Server.PostAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { id, "bogus", id } });

        var nodes = response["data"]!["nodes"]!.AsArray();
        Assert.Equal(id, nodes[0]!["id"]!.GetValue<string>());
        Assert.Null(nodes[1]);
        Assert.Equal(id, nodes[2]!["id"]!.GetValue<string>());
        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal("INVALID_ID", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("[\"nodes\",1]", error["path"]!.ToJsonString());
    }

    [Theory]
    [InlineData("governanceUnits", "code")]
    [InlineData("components", "code")]
    [InlineData("departments", "code")]
    [InlineData("indicators", "code")]
    [InlineData("serviceRequests", "code")]
    public async Task Node_fetches_every_kind_of_object_again_by_its_id(string list, string field)
    {
        var nodes = (await Server.QueryDataAsync($"{{ {list}(first: 3) {{ nodes {{ id {field} }} }} }}"))[list]!["nodes"]!.AsArray();
        var ids = nodes.Select(n => n!["id"]!.GetValue<string>()).ToArray();

        var refetched = await Server.QueryDataAsync(
            $"query ($id: ID!, $ids: [ID!]!) {{ node(id: $id) {{ id ... on {TypeOf(list)} {{ {field} }} }} nodes(ids: $ids) {{ id }} }}",
            new { id = ids[0], ids = ids.Reverse().ToArray() });

        Assert.Equal(nodes[0]!.ToJsonString(), refetched["node"]!.ToJsonString());
        Assert.Equal(ids.Reverse(), refetched["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    private static string TypeOf(string list) => list switch
    {
        "governanceUnits" => "GovernanceUnit",
        "components" => "CityComponent",
        "departments" => "Department",
        "serviceRequests" => "ServiceRequest",
        _ => "Indicator",
    };
}
