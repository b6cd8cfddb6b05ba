using OpenCity.Data.Seeding;
using OpenCity.Domain.ServiceRequests;

namespace OpenCity.Data.Tests.Seeding;

public sealed class DemoCityStatisticsTests(SmallCityFixture fixture) : IClassFixture<SmallCityFixture>
{
    private readonly DemoCity _city = fixture.City;

    [Fact]
    public void Every_grid_has_every_indicator_for_every_period()
    {
        var grids = _city.Units.Count(u => u.Level == Domain.Governance.GovernanceLevel.Grid);
        Assert.Equal(grids * _city.Indicators.Count * 7, _city.Observations.Count);
        Assert.All(_city.Indicators, i => Assert.Equal("CC-BY-4.0", i.Licence));
    }

    [Fact]
    public void Population_is_households_times_a_household_size()
    {
        var households = Values("households");
        foreach (var (key, population) in Values("population"))
        {
            var h = households[key];
            if (h > 0)
            {
                Assert.InRange(population / h, 1.85, 2.65);
            }
        }

        Assert.True(Values("population").Where(p => p.Key.Period == "2025").Sum(p => p.Value) > 1000);
    }

    [Fact]
    public void A_years_flows_are_the_sum_of_its_quarters_and_its_extremes_their_extremes()
    {
        var requests = Values("service_requests");
        var pressure = Values("water_pressure_min_bar");
        var noise = Values("noise_max_db");
        foreach (var unit in requests.Keys.Select(k => k.Unit).Distinct())
        {
            var quarters = Enumerable.Range(1, 4).Select(q => $"2025-Q{q}").ToList();
            Assert.Equal(requests[(unit, "2025")], quarters.Sum(q => requests[(unit, q)]));
            Assert.Equal(pressure[(unit, "2025")], quarters.Min(q => pressure[(unit, q)]));
            Assert.Equal(noise[(unit, "2025")], quarters.Max(q => noise[(unit, q)]));
        }
    }

    [Fact]
    public void Service_requests_are_routed_by_category_and_spread_over_statuses()
    {
        Assert.Equal(300, _city.ServiceRequests.Count);
        foreach (var status in Enum.GetValues<ServiceRequestStatus>())
        {
            Assert.Contains(_city.ServiceRequests, s => s.Status == status);
        }

        Assert.All(_city.ServiceRequests, s =>
        {
            Assert.Equal(s.Status == ServiceRequestStatus.Submitted, s.DepartmentId is null);
            Assert.True(s.SubmittedAt <= s.UpdatedAt);
            Assert.True(s.UpdatedAt <= new DateTime(2025, 11, 30, 12, 0, 0, DateTimeKind.Utc));
            Assert.Equal(DateTimeKind.Utc, s.SubmittedAt.Kind);
        });
        var lighting = _city.Departments.Single(d => d.Code == "LIGHTING").Id;
        Assert.All(_city.ServiceRequests.Where(s => s.Category == "streetlight_out" && s.DepartmentId is not null),
            s => Assert.Equal(lighting, s.DepartmentId));
    }

    [Fact]
    public void Every_published_collection_has_a_dataset()
    {
        Assert.Equal(
            ["component-links", "components", "departments", "governance-units", "indicators", "observations", "readings", "service-requests"],
            _city.Datasets.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    private Dictionary<(long Unit, string Period), double> Values(string indicator)
    {
        var id = _city.Indicators.Single(i => i.Code == indicator).Id;
        return _city.Observations.Where(o => o.IndicatorId == id).ToDictionary(o => (o.UnitId, o.Period), o => o.Value);
    }
}
