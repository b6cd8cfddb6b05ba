using System.Diagnostics;
using OpenCity.Data.Seeding;
using Xunit.Abstractions;

namespace OpenCity.Data.Tests.Seeding;

public sealed class DemoCitySizeTests(ITestOutputHelper output)
{
    [Fact]
    public void Medium_city_has_about_a_hundred_thousand_components()
    {
        var stopwatch = Stopwatch.StartNew();
        var city = new DemoCityGenerator(CityDefinition.LoadEmbedded()).Generate(CitySize.Medium);
        output.WriteLine($"medium generated in {stopwatch.Elapsed.TotalSeconds:F2} s");
        output.WriteLine(Counts(city));
        Assert.InRange(city.Components.Count, 85_000, 115_000);
    }

    [Fact]
    public void Small_city_generates_in_under_two_seconds()
    {
        var generator = new DemoCityGenerator(CityDefinition.LoadEmbedded());
        var stopwatch = Stopwatch.StartNew();
        generator.Generate(CitySize.Small);
        output.WriteLine($"small generated in {stopwatch.Elapsed.TotalSeconds:F2} s (first run, with JIT)");

        // Timed again once compiled: the first run pays for JIT, which a busy test machine stretches.
        stopwatch.Restart();
        var city = generator.Generate(CitySize.Small);
        output.WriteLine($"small generated in {stopwatch.Elapsed.TotalSeconds:F2} s");
        output.WriteLine(Counts(city));
        Assert.InRange(city.Components.Count, 2_000, 6_000);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"generation took {stopwatch.Elapsed}.");
    }

    private static string Counts(DemoCity city) =>
        $"units {city.Units.Count} ({string.Join(", ", city.Units.GroupBy(u => u.Level).Select(g => $"{g.Key} {g.Count()}"))}), " +
        $"departments {city.Departments.Count}, areas {city.ResponsibilityAreas.Count}, components {city.Components.Count}, " +
        $"links {city.Links.Count}, readings {city.Readings.Count}, indicators {city.Indicators.Count}, " +
        $"observations {city.Observations.Count}, service requests {city.ServiceRequests.Count}, datasets {city.Datasets.Count}";
}
