using OpenCity.Data.Seeding;
using Xunit.Abstractions;

namespace OpenCity.Data.Tests.Seeding;

public sealed class DemoCitySizeTests(ITestOutputHelper output)
{
    [Fact]
    public void Medium_city_has_about_a_hundred_thousand_components()
    {
        var city = new DemoCityGenerator(CityDefinition.LoadEmbedded()).Generate(CitySize.Medium);
        output.WriteLine(Counts(city));
        Assert.InRange(city.Components.Count, 85_000, 115_000);
    }

    [Fact]
    public void Small_city_has_a_few_thousand_components()
    {
        // How long generation takes is measured by the seeding benchmark, not asserted here.
        var city = new DemoCityGenerator(CityDefinition.LoadEmbedded()).Generate(CitySize.Small);
        output.WriteLine(Counts(city));
        Assert.InRange(city.Components.Count, 2_000, 6_000);
    }

    private static string Counts(DemoCity city) =>
        $"units {city.Units.Count} ({string.Join(", ", city.Units.GroupBy(u => u.Level).Select(g => $"{g.Key} {g.Count()}"))}), " +
        $"departments {city.Departments.Count}, areas {city.ResponsibilityAreas.Count}, components {city.Components.Count}, " +
        $"links {city.Links.Count}, readings {city.Readings.Count}, indicators {city.Indicators.Count}, " +
        $"observations {city.Observations.Count}, service requests {city.ServiceRequests.Count}, datasets {city.Datasets.Count}";
}
