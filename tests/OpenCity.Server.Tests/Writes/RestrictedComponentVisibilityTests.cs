using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Components;
using OpenCity.Server.Tests.Infrastructure;
using static OpenCity.Server.Tests.Writes.ComponentWrites;

namespace OpenCity.Server.Tests.Writes;

/// <summary>
/// Restricted assets are seen by their owning department's operators (and admins) only: in lists,
/// counts, by code and by global id; another department's operator and anonymous readers see none.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class RestrictedComponentVisibilityTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    private const string Query = """
        query ($code: String!, $id: ID!) {
          gas: components(where: { owner: { code: { eq: "GAS" } } }) { totalCount }
          power: components(where: { owner: { code: { eq: "POWER" } } }) { totalCount }
          component(code: $code) { code sensitivity }
          node(id: $id) { id }
        }
        """;

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task Only_the_owning_departments_operator_sees_its_restricted_assets(string database)
    {
        var city = City(database);
        var counts = await city.ReadAsync(async db => new
        {
            GasRestricted = await db.Components.IgnoreQueryFilters().CountAsync(c => c.Sensitivity == Sensitivity.Restricted && c.Owner!.Code == "GAS"),
            GasPublic = await db.Components.IgnoreQueryFilters().CountAsync(c => c.Sensitivity == Sensitivity.Public && c.Owner!.Code == "GAS"),
            PowerRestricted = await db.Components.IgnoreQueryFilters().CountAsync(c => c.Sensitivity == Sensitivity.Restricted && c.Owner!.Code == "POWER"),
            PowerPublic = await db.Components.IgnoreQueryFilters().CountAsync(c => c.Sensitivity == Sensitivity.Public && c.Owner!.Code == "POWER"),
            Code = await db.Components.IgnoreQueryFilters().Where(c => c.Sensitivity == Sensitivity.Restricted && c.Owner!.Code == "GAS").OrderBy(c => c.Code).Select(c => c.Code).FirstAsync(),
        });
        Assert.True(counts.GasRestricted > 0 && counts.PowerRestricted > 0, "the seed has restricted GAS and POWER assets");
        var id = (await city.Server.QueryDataAsync("query ($code: String!) { component(code: $code) { id } }", new { code = counts.Code }, WritableCity.Admin))["component"]!["id"]!.GetValue<string>();
        var variables = new { code = counts.Code, id };

        var gas = (await city.Server.QueryDataAsync(Query, variables, WritableCity.Operator("GAS"))).AsObject();
        var power = (await city.Server.QueryDataAsync(Query, variables, WritableCity.Operator("POWER"))).AsObject();
        var anonymous = (await city.Server.QueryDataAsync(Query, variables)).AsObject();

        Assert.Equal((counts.GasRestricted + counts.GasPublic, counts.PowerPublic), Totals(gas));
        Assert.Equal(("RESTRICTED", id), (gas["component"]!["sensitivity"]!.GetValue<string>(), gas["node"]!["id"]!.GetValue<string>()));
        Assert.Equal((counts.GasPublic, counts.PowerRestricted + counts.PowerPublic), Totals(power));
        Assert.Null(power["component"]);
        Assert.Null(power["node"]);
        Assert.Equal((counts.GasPublic, counts.PowerPublic), Totals(anonymous));
        Assert.Null(anonymous["component"]);
        Assert.Null(anonymous["node"]);
    }

    private static (int Gas, int Power) Totals(System.Text.Json.Nodes.JsonObject data) =>
        (data["gas"]!["totalCount"]!.GetValue<int>(), data["power"]!["totalCount"]!.GetValue<int>());

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);
}
