using System.Text.Json;
using NetTopologySuite.Geometries;
using OpenCity.Data.Seeding;
using OpenCity.Domain.Components;
using OpenCity.Domain.Governance;

namespace OpenCity.Data.Tests.Seeding;

public sealed class DemoCityComponentTests(SmallCityFixture fixture) : IClassFixture<SmallCityFixture>
{
    private readonly DemoCity _city = fixture.City;

    [Fact]
    public void Every_component_is_covered_by_its_grid()
    {
        var grids = _city.Units.Where(u => u.Level == GovernanceLevel.Grid).ToDictionary(u => u.Id, u => u.Boundary);
        var outside = _city.Components
            .Where(c => !c.Geometry.CoveredBy(grids[c.GridUnitId!.Value]))
            .Select(c => c.Code)
            .ToList();
        Assert.Empty(outside);
    }

    [Fact]
    public void Public_codes_of_each_kind_run_without_gaps_so_they_reveal_nothing_restricted()
    {
        foreach (var group in _city.Components.GroupBy(c => (c.Kind, c.Sensitivity)))
        {
            var numbers = group.Select(c => int.Parse(c.Code.AsSpan(c.Code.LastIndexOf('-') + (group.Key.Sensitivity == Sensitivity.Restricted ? 2 : 1)), System.Globalization.CultureInfo.InvariantCulture)).Order();
            Assert.Equal(Enumerable.Range(1, group.Count()), numbers);
            Assert.All(group, c => Assert.Equal(group.Key.Sensitivity == Sensitivity.Restricted, c.Code.Contains("-R", StringComparison.Ordinal)));
        }

        Assert.Contains(_city.Components, c => c.Sensitivity == Sensitivity.Restricted);
    }

    [Fact]
    public void Every_service_request_lies_in_its_grid()
    {
        var grids = _city.Units.Where(u => u.Level == GovernanceLevel.Grid).ToDictionary(u => u.Id, u => u.Boundary);
        Assert.All(_city.ServiceRequests, s => Assert.True(s.Location.Within(grids[s.GridUnitId!.Value]), s.Code));
    }

    [Fact]
    public void Small_city_has_a_few_thousand_components_of_every_kind()
    {
        Assert.InRange(_city.Components.Count, 2_000, 6_000);
        foreach (var kind in Enum.GetValues<ComponentKind>())
        {
            Assert.Contains(_city.Components, c => c.Kind == kind);
        }

        foreach (var kind in Enum.GetValues<LinkKind>())
        {
            Assert.Contains(_city.Links, l => l.Kind == kind);
        }
    }

    [Fact]
    public void Geometries_are_wgs84_and_of_the_expected_type()
    {
        Assert.All(_city.Components, c =>
        {
            Assert.Equal(4326, c.Geometry.SRID);
            Assert.True(c.Geometry.IsValid, c.Code);
            var expected = c.Kind switch
            {
                ComponentKind.WaterPipe or ComponentKind.GasPipe or ComponentKind.PowerLine or ComponentKind.RoadSegment => typeof(LineString),
                ComponentKind.Building or ComponentKind.Substation => typeof(Polygon),
                _ => typeof(Point),
            };
            Assert.IsType(expected, c.Geometry);
            if (c.Geometry is Polygon polygon)
            {
                Assert.True(NetTopologySuite.Algorithm.Orientation.IsCCW(polygon.Shell.CoordinateSequence), c.Code);
            }
        });
    }

    [Fact]
    public void Statuses_dates_sensitivity_and_attributes_are_plausible()
    {
        var operational = _city.Components.Count(c => c.Status == ComponentStatus.Operational);
        Assert.InRange(operational, _city.Components.Count * 0.75, _city.Components.Count * 0.95);
        foreach (var status in Enum.GetValues<ComponentStatus>())
        {
            Assert.Contains(_city.Components, c => c.Status == status);
        }

        Assert.All(_city.Components, c =>
        {
            Assert.Equal(c.Status == ComponentStatus.Planned, c.InstalledOn is null);
            if (c.InstalledOn is { } installed)
            {
                Assert.InRange(installed, new DateOnly(1975, 1, 1), new DateOnly(2025, 11, 30));
            }

            using var attributes = JsonDocument.Parse(c.Attributes!);
            Assert.Equal(JsonValueKind.Object, attributes.RootElement.ValueKind);
        });
        Assert.All(_city.Components.Where(c => c.Kind == ComponentKind.Substation), c => Assert.Equal(Sensitivity.Restricted, c.Sensitivity));
        Assert.Contains(_city.Components, c => c.Sensitivity == Sensitivity.Public);
    }

    [Fact]
    public void Sensors_monitor_what_they_measure_and_report_hourly_in_utc()
    {
        var byId = _city.Components.ToDictionary(c => c.Id);
        var sensors = _city.Components.Where(c => c.Kind == ComponentKind.Sensor).ToList();
        Assert.All(sensors, s => Assert.Single(_city.Links, l => l.FromComponentId == s.Id && l.Kind == LinkKind.Monitors));
        Assert.NotEmpty(_city.Readings);
        Assert.All(_city.Readings, r =>
        {
            Assert.Equal(DateTimeKind.Utc, r.MeasuredAt.Kind);
            Assert.InRange(r.MeasuredAt, new DateTime(2025, 11, 28, 11, 0, 0, DateTimeKind.Utc), new DateTime(2025, 11, 30, 12, 0, 0, DateTimeKind.Utc));
            Assert.Equal(ComponentKind.Sensor, byId[r.ComponentId].Kind);
            Assert.True(r.Value >= 0);
        });
        Assert.DoesNotContain(_city.Readings, r => byId[r.ComponentId].Status == ComponentStatus.Failed);
        Assert.Equal(
            ["flow_rate", "gas_pressure", "lux", "pm25", "pressure"],
            _city.Readings.Select(r => r.Metric).Distinct().Order(StringComparer.Ordinal));
    }
}
