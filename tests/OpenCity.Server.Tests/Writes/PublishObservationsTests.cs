using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Writes;

/// <summary>
/// <c>publishObservations</c> on both databases: an admin's grid figures are stored, the combined
/// figures of the areas above follow at once, the event names those areas; refusals write nothing.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class PublishObservationsTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    private const string Mutation = """
        mutation ($input: PublishObservationsInput!) {
          publishObservations(input: $input) {
            published { created updated observations { value period unit { code } } }
            errors { __typename ... on Error { code message } ... on ValidationError { field } }
          }
        }
        """;

    public static TheoryData<string> Databases => ["sqlite", "postgis"];

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task New_and_corrected_grid_figures_change_the_combined_figures_above_them(string database)
    {
        var city = City(database);
        var grids = await GridsAsync(city, 2);
        var (districtBefore, cityBefore) = (await TotalAsync(city, "DISTRICT", "2025", grids[0].District), await TotalAsync(city, "CITY", "2025", null));
        var old = await city.ReadAsync(db => db.Observations.Where(o => o.Indicator.Code == "households" && o.Period == "2025" && o.Unit.Code == grids[0].Code).Select(o => o.Value).SingleAsync());

        var response = await city.PostAsync(
            Mutation,
            new { input = new { indicator = "households", period = "2025", values = new object[] { new { unit = grids[0].Code, value = old + 1000 } } } },
            WritableCity.Admin);

        var published = response["data"]!["publishObservations"]!["published"]!;
        Assert.Equal((0, 1), (published["created"]!.GetValue<int>(), published["updated"]!.GetValue<int>()));
        Assert.Equal(districtBefore + 1000, await TotalAsync(city, "DISTRICT", "2025", grids[0].District), 6);
        Assert.Equal(cityBefore + 1000, await TotalAsync(city, "CITY", "2025", null), 6);
        var change = await city.ReadAsync(db => db.Outbox.OrderByDescending(e => e.Sequence).FirstAsync());
        Assert.Equal("ObservationsPublished", change.Type);
        var rolledUp = JsonNode.Parse(change.Payload)!["rolledUpUnitCodes"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.Contains(grids[0].District, rolledUp);
        Assert.DoesNotContain(grids[0].Code, rolledUp);
        var audit = await city.ReadAsync(db => db.AuditLog.OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(("households/2025", "publishObservations"), (audit.EntityCode, audit.Operation));
        Assert.Equal(old, JsonNode.Parse(audit.Before!)![grids[0].Code]!.GetValue<double>());

        var fresh = await city.PostAsync(
            Mutation,
            new { input = new { indicator = "households", period = "2031-Q2", values = new object[] { new { unit = grids[0].Code, value = 7 }, new { unit = grids[1].Code, value = 5 } } } },
            WritableCity.Admin);

        Assert.Equal(2, fresh["data"]!["publishObservations"]!["published"]!["created"]!.GetValue<int>());
        Assert.Equal(12, await TotalAsync(city, "CITY", "2031-Q2", null));
    }

    public static TheoryData<string, string, string, string> Refusals() => new()
    {
        { "sqlite", "operator", "FORBIDDEN", "" },
        { "postgis", "anonymous", "UNAUTHENTICATED", "" },
        { "sqlite", "not-a-grid", "INVALID_VALUE", "values.unit" },
        { "postgis", "bad-period", "INVALID_VALUE", "period" },
        { "postgis", "unknown-indicator", "NOT_FOUND", "" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Refusals_write_nothing(string database, string attempt, string code, string field)
    {
        var city = City(database);
        var grid = (await GridsAsync(city, 1))[0];
        var before = await city.TrailAsync();
        var observations = await city.ReadAsync(db => db.Observations.CountAsync());
        var (indicator, period, unit, token) = attempt switch
        {
            "operator" => ("population", "2032", grid.Code, WritableCity.Operator("WATER")),
            "anonymous" => ("population", "2032", grid.Code, null),
            "not-a-grid" => ("population", "2032", grid.District, WritableCity.Admin),
            "bad-period" => ("population", "2032-13", grid.Code, WritableCity.Admin),
            _ => ("no_such_statistic", "2032", grid.Code, WritableCity.Admin),
        };

        var response = await city.PostAsync(Mutation, new { input = new { indicator, period, values = new object[] { new { unit, value = 1 } } } }, token);

        var error = response["data"]?["publishObservations"]?["errors"]?[0];
        Assert.Equal(code, error?["code"]?.GetValue<string>() ?? WritableCity.Code(response));
        Assert.Equal(field, error?["field"]?.GetValue<string>() ?? "");
        if (attempt == "operator")
        {
            Assert.Equal("admin", response["errors"]![0]!["extensions"]!["requiredScope"]!.GetValue<string>());
        }

        Assert.Equal(before, await city.TrailAsync());
        Assert.Equal(observations, await city.ReadAsync(db => db.Observations.CountAsync()));
    }

    private static async Task<double> TotalAsync(WritableCity city, string level, string period, string? unit)
    {
        var data = await city.Server.QueryDataAsync(
            "query ($level: GovernanceLevel!, $period: String) { observationAggregate(indicator: \"households\", level: $level, period: $period) { unit { code } sum } }",
            new { level, period });
        return data["observationAggregate"]!.AsArray().Single(g => unit is null || g!["unit"]!["code"]!.GetValue<string>() == unit)!["sum"]!.GetValue<double>();
    }

    /// <summary>The last grids of the city (by code), each with the code of its district.</summary>
    private static Task<List<(string Code, string District)>> GridsAsync(WritableCity city, int count) =>
        city.ReadAsync(async db =>
        {
            var grids = await db.GovernanceUnits.Where(u => u.Level == Domain.Governance.GovernanceLevel.Grid).OrderByDescending(u => u.Code).Take(count)
                .Select(u => new { u.Code, u.Path }).ToListAsync();
            var result = new List<(string, string)>();
            foreach (var grid in grids)
            {
                var districtId = long.Parse(grid.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
                result.Add((grid.Code, await db.GovernanceUnits.Where(u => u.Id == districtId).Select(u => u.Code).SingleAsync()));
            }

            return result;
        });

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);
}
