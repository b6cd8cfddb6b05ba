using Microsoft.EntityFrameworkCore;
using OpenCity.Server.Auth;
using OpenCity.Server.Simulation;
using OpenCity.Server.Tests.Infrastructure;
using OpenCity.Server.Tests.Writes;

namespace OpenCity.Server.Tests.Simulation;

/// <summary>
/// The <c>simulate</c> command's city: a seed decides everything that happens, and a short run
/// against a real server (a fresh SQLite city of its own) lands as readings, failures and reports.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class SimulationTests
{
    private static readonly SimulatedCity City = new(
        [new("SN-1", "pressure", "bar", 3.2), new("SN-2", "lux", "lx", 0), new("SN-3", "pm25", "µg/m³", 12)],
        [.. Enumerable.Range(1, 8).Select(i => new SimulatedAsset($"SL-{i}", 10 + i / 1000.0, 53.5))],
        ["pothole", "water_leak"]);

    [Fact]
    public void The_same_seed_plans_the_same_run_and_another_seed_another()
    {
        var settings = new SimulationSettings(Seed: 7, ReadingsPerSecond: 5, FailuresPerMinute: 20, ReportsPerMinute: 30);

        var first = Plan(settings, 180);
        var again = Plan(settings, 180);
        var other = Plan(settings with { Seed = 8 }, 180);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(180 * 5, first.Count(a => a.Action is SimulationAction.Reading));
        Assert.Contains(first, a => a.Action is SimulationAction.Report);
    }

    [Fact]
    public void Every_failure_is_repaired_ten_to_sixty_seconds_later_and_no_asset_fails_twice_meanwhile()
    {
        var plan = Plan(new SimulationSettings(Seed: 3, ReadingsPerSecond: 0, FailuresPerMinute: 30, ReportsPerMinute: 0), 600);

        var failures = plan.Where(a => a.Action is SimulationAction.Failure).ToList();
        Assert.NotEmpty(failures);
        foreach (var (tick, action) in failures.Where(f => f.Tick < 540))
        {
            var asset = ((SimulationAction.Failure)action).Asset;
            var repair = plan.First(a => a.Tick > tick && a.Action is SimulationAction.Repair r && r.Asset == asset);
            Assert.InRange(repair.Tick - tick, 10, 60);
            Assert.DoesNotContain(plan, a => a.Tick > tick && a.Tick < repair.Tick && a.Action is SimulationAction.Failure f && f.Asset == asset);
        }
    }

    [Fact]
    public async Task A_short_run_lands_as_readings_failures_and_reports_with_their_events()
    {
        var fixture = new SqliteCityFixture();
        await fixture.InitializeAsync();
        try
        {
            var city = new WritableCity(fixture);
            var simulator = new CitySimulator(fixture.Server.Client, WritableCity.TokenFor(Caller.Admin("simulator")), TextWriter.Null);
            var simulated = await simulator.LoadCityAsync(CancellationToken.None);
            var readingsBefore = await city.ReadAsync(db => db.Readings.IgnoreQueryFilters().CountAsync());

            var totals = await simulator.RunAsync(
                new SimulationSettings(Seed: 11, ReadingsPerSecond: 10, FailuresPerMinute: 120, ReportsPerMinute: 120, Seconds: 3), simulated, TimeProvider.System, CancellationToken.None);

            Assert.NotEmpty(simulated.Sensors);
            Assert.NotEmpty(simulated.Assets);
            Assert.Equal(30, totals.Sent("readings"));
            Assert.True(totals.Sent("failures") > 0 && totals.Sent("reports") > 0, totals.ToString());
            Assert.Equal(0, totals.Refused("readings") + totals.Refused("failures") + totals.Refused("reports"));
            Assert.Equal(readingsBefore + 30, await city.ReadAsync(db => db.Readings.IgnoreQueryFilters().CountAsync()));
            var events = await city.ReadAsync(db => db.Outbox.GroupBy(e => e.Type).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
            Assert.Equal(totals.Sent("failures"), events["ComponentChanged"]);
            Assert.Equal(totals.Sent("reports"), events["ServiceRequestChanged"]);
            Assert.True(events["ReadingsRecorded"] > 0);
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    private static List<(int Tick, SimulationAction Action)> Plan(SimulationSettings settings, int seconds)
    {
        var planner = new SimulationPlanner(settings, City);
        return [.. Enumerable.Range(0, seconds).SelectMany(tick => planner.Next(tick).Select(action => (tick, action)))];
    }
}
