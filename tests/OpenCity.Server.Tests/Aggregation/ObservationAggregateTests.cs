using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;
using OpenCity.Domain.Governance;
using OpenCity.Domain.Statistics;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Aggregation;

/// <summary>
/// <c>observationAggregate</c> rolls grid figures up to larger units as a LINQ-to-Objects roll-up
/// over the materialised paths gives, in one SQL statement, on both databases.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class ObservationAggregateTests(SqlCommandLog sql, SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    private const string Query = """
        query ($indicator: String!, $level: GovernanceLevel!, $period: String) {
          observationAggregate(indicator: $indicator, level: $level, period: $period) {
            unit { code level } indicator { code } period value sum average min max count
          }
        }
        """;

    public static TheoryData<string, string, GovernanceLevel, string?> Rollups => new()
    {
        { "SQLite", "population", GovernanceLevel.District, "2025" },
        { "PostGIS", "population", GovernanceLevel.District, "2025" },
        { "SQLite", "population", GovernanceLevel.City, null },
        { "PostGIS", "population", GovernanceLevel.City, null },
        { "SQLite", "green_space_share", GovernanceLevel.Community, "2025-Q3" },
        { "PostGIS", "green_space_share", GovernanceLevel.Community, "2025-Q3" },
        { "SQLite", "noise_max_db", GovernanceLevel.Street, null },
        { "PostGIS", "noise_max_db", GovernanceLevel.Street, null },
        { "SQLite", "water_pressure_min_bar", GovernanceLevel.Grid, "2024" },
        { "PostGIS", "water_pressure_min_bar", GovernanceLevel.Grid, "2024" },
        { "SQLite", "area_km2", GovernanceLevel.District, null },
        { "PostGIS", "area_km2", GovernanceLevel.District, null },
    };

    [Theory]
    [MemberData(nameof(Rollups))]
    public async Task Rollups_equal_those_over_the_grids_below_each_unit(string provider, string indicator, GovernanceLevel level, string? period)
    {
        var server = Server(provider);
        var data = await server.QueryDataAsync(Query, new { indicator, level = level.ToString().ToUpperInvariant(), period });
        var expected = await ExpectedAsync(server, indicator, level, period);

        var groups = data["observationAggregate"]!.AsArray().Select(g => g!.AsObject()).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => $"{e.Unit} {e.Period}"), groups.Select(g => $"{g["unit"]!["code"]} {g["period"]}"));
        foreach (var (group, oracle) in groups.Zip(expected))
        {
            Assert.Equal(level.ToString().ToUpperInvariant(), group["unit"]!["level"]!.GetValue<string>());
            Assert.Equal(indicator, group["indicator"]!["code"]!.GetValue<string>());
            Assert.Equal(oracle.Count, group["count"]!.GetValue<int>());
            AssertClose(oracle.Sum, group["sum"]);
            AssertClose(oracle.Average, group["average"]);
            Assert.Equal(oracle.Min, group["min"]!.GetValue<double>());
            Assert.Equal(oracle.Max, group["max"]!.GetValue<double>());
            AssertClose(oracle.Value, group["value"]);
        }
    }

    [Fact]
    public async Task A_districts_population_is_the_sum_of_its_grids_figures()
    {
        var data = await sqlite.Server.QueryDataAsync("""
            {
              observationAggregate(indicator: "population", level: DISTRICT, period: "2025") { unit { code } value }
              observations(indicator: "population", period: "2025", first: 500) { totalCount nodes { unit { code ancestors { code } } value } }
            }
            """);

        var observations = data["observations"]!;
        Assert.True(observations["totalCount"]!.GetValue<int>() <= 500, "The small city should have at most 500 grids.");
        var perDistrict = observations["nodes"]!.AsArray()
            .GroupBy(o => o!["unit"]!["ancestors"]![1]!["code"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.Sum(o => o!["value"]!.GetValue<double>()));
        var districts = data["observationAggregate"]!.AsArray();
        Assert.Equal(perDistrict.Count, districts.Count);
        foreach (var district in districts)
        {
            Assert.Equal(perDistrict[district!["unit"]!["code"]!.GetValue<string>()], district["value"]!.GetValue<double>());
        }
    }

    [Fact]
    public async Task A_period_filter_keeps_only_that_period()
    {
        var all = await sqlite.Server.QueryDataAsync("""{ observationAggregate(indicator: "energy_use_mwh", level: DISTRICT) { unit { code } period value } }""");
        var quarter = await sqlite.Server.QueryDataAsync("""{ observationAggregate(indicator: "energy_use_mwh", level: DISTRICT, period: "2025-Q2") { unit { code } period value } }""");

        var rows = quarter["observationAggregate"]!.AsArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("2025-Q2", r!["period"]!.GetValue<string>()));
        Assert.Equal(
            all["observationAggregate"]!.AsArray().Where(r => r!["period"]!.GetValue<string>() == "2025-Q2").Select(r => r!.ToJsonString()),
            rows.Select(r => r!.ToJsonString()));
        Assert.True(all["observationAggregate"]!.AsArray().Count > rows.Count);
    }

    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostGIS")]
    public async Task An_unknown_indicator_is_a_GraphQL_error_with_a_code(string provider)
    {
        var response = await Server(provider).PostAsync("""{ observationAggregate(indicator: "populaton", level: DISTRICT) { value } }""");

        var error = response["errors"]![0]!;
        Assert.Equal("UNKNOWN_INDICATOR", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("populaton", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("population", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_without_figures_gives_no_rows()
    {
        var data = await sqlite.Server.QueryDataAsync("""{ observationAggregate(indicator: "population", level: CITY, period: "1999") { value } }""");

        Assert.Empty(data["observationAggregate"]!.AsArray());
    }

    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostGIS")]
    public async Task A_rollup_is_one_SQL_statement(string provider)
    {
        var statements = await sql.CaptureAsync(() =>
            Server(provider).QueryDataAsync("""{ observationAggregate(indicator: "population", level: COMMUNITY) { period value sum average min max count } }"""));

        var statement = Assert.Single(statements);
        Assert.Contains("GROUP BY", statement, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostGIS")]
    public async Task Units_and_indicators_cost_one_batched_statement_each(string provider)
    {
        var statements = await sql.CaptureAsync(() =>
            Server(provider).QueryDataAsync("""{ observationAggregate(indicator: "households", level: STREET) { unit { code } indicator { code } value } }"""));

        Assert.Equal(3, statements.Count);
    }

    [Theory]
    [InlineData("""{ observationAggregate(indicator: "population", level: DISTRICT) { unit { code name } indicator { code aggregation } period value sum average min max count } }""")]
    [InlineData("""{ observationAggregate(indicator: "pm25_mean", level: COMMUNITY, period: "2025") { unit { code } period value sum average min max count } }""")]
    [InlineData("""{ observationAggregate(indicator: "energy_use_mwh", level: CITY) { period value sum average min max count } }""")]
    public async Task Sqlite_and_PostGIS_give_identical_rollups(string query)
    {
        var fromSqlite = await sqlite.Server.QueryDataAsync(query);
        var fromPostGis = await postgis.Server.QueryDataAsync(query);

        Assert.Equal(fromSqlite.ToJsonString(), fromPostGis.ToJsonString());
    }

    private static void AssertClose(double expected, JsonNode? actual)
    {
        var value = actual!.GetValue<double>();
        Assert.True(Math.Abs(expected - value) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"Expected {expected}, got {value}.");
    }

    /// <summary>The roll-up computed in memory from all rows: a unit's grids are the grids whose path starts with the unit's path.</summary>
    private static async Task<List<Rollup>> ExpectedAsync(OpenCityServer server, string code, GovernanceLevel level, string? period)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
        var units = await db.GovernanceUnits.AsNoTracking().ToListAsync();
        var indicator = await db.Indicators.SingleAsync(i => i.Code == code);
        var observations = (await db.Observations.AsNoTracking().ToListAsync())
            .Where(o => o.IndicatorId == indicator.Id && (period is null || o.Period == period))
            .ToList();
        var grids = units.Where(u => u.Level == GovernanceLevel.Grid).ToDictionary(u => u.Id);

        return units
            .Where(u => u.Level == level)
            .OrderBy(u => u.Id)
            .SelectMany(unit => observations
                .Where(o => grids.TryGetValue(o.UnitId, out var grid) && grid.Path.StartsWith(unit.Path, StringComparison.Ordinal))
                .GroupBy(o => o.Period)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var values = g.Select(o => o.Value).ToList();
                    var rollup = new Rollup(unit.Code, g.Key, values.Sum(), values.Average(), values.Min(), values.Max(), values.Count, 0);
                    return rollup with
                    {
                        Value = indicator.Aggregation switch
                        {
                            AggregationMethod.Sum => rollup.Sum,
                            AggregationMethod.Average => rollup.Average,
                            AggregationMethod.Min => rollup.Min,
                            _ => rollup.Max,
                        },
                    };
                }))
            .ToList();
    }

    private OpenCityServer Server(string provider) => provider == "PostGIS" ? postgis.Server : sqlite.Server;

    private sealed record Rollup(string Unit, string Period, double Sum, double Average, double Min, double Max, int Count, double Value);
}
