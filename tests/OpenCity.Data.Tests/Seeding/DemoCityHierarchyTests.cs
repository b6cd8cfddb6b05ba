using System.Globalization;
using OpenCity.Data.Seeding;
using OpenCity.Domain.Governance;

namespace OpenCity.Data.Tests.Seeding;

public sealed class DemoCityHierarchyTests(SmallCityFixture fixture) : IClassFixture<SmallCityFixture>
{
    private readonly DemoCity _city = fixture.City;

    [Fact]
    public void Units_have_unique_codes_and_sequential_ids_parents_first()
    {
        Assert.Equal(_city.Units.Count, _city.Units.Select(u => u.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(1, _city.Units.Count).Select(i => (long)i), _city.Units.Select(u => u.Id));
        var seen = new HashSet<long>();
        foreach (var unit in _city.Units)
        {
            Assert.True(unit.ParentId is null || seen.Contains(unit.ParentId.Value), $"{unit.Code} comes before its parent.");
            seen.Add(unit.Id);
        }
    }

    [Fact]
    public void Every_unit_but_the_city_has_a_parent_one_level_up_and_a_consistent_path()
    {
        var byId = _city.Units.ToDictionary(u => u.Id);
        var city = Assert.Single(_city.Units, u => u.Level == GovernanceLevel.City);
        Assert.Null(city.ParentId);
        Assert.Equal($"/{city.Id}/", city.Path);
        foreach (var unit in _city.Units.Where(u => u.Level != GovernanceLevel.City))
        {
            var parent = byId[Assert.NotNull(unit.ParentId)];
            Assert.Equal(parent.Level + 1, unit.Level);
            Assert.Equal(parent.Path + unit.Id.ToString(CultureInfo.InvariantCulture) + "/", unit.Path);
            Assert.StartsWith(parent.Code + "-", unit.Code, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_level_is_populated_and_codes_follow_the_pattern()
    {
        foreach (var level in Enum.GetValues<GovernanceLevel>())
        {
            Assert.Contains(_city.Units, u => u.Level == level);
        }

        Assert.Matches(@"^NB-D\d{2}-S\d{2}-C\d{2}-G\d{2}$", _city.Units.First(u => u.Level == GovernanceLevel.Grid).Code);
    }

    [Fact]
    public void Foreign_keys_point_at_existing_rows()
    {
        var units = _city.Units.Where(u => u.Level == GovernanceLevel.Grid).Select(u => u.Id).ToHashSet();
        var components = _city.Components.Select(c => c.Id).ToHashSet();
        var departments = _city.Departments.Select(d => d.Id).ToHashSet();
        Assert.All(_city.Components, c =>
        {
            Assert.Contains(c.GridUnitId!.Value, units);
            Assert.Contains(c.OwnerId!.Value, departments);
        });
        Assert.All(_city.Links, l =>
        {
            Assert.Contains(l.FromComponentId, components);
            Assert.Contains(l.ToComponentId, components);
        });
        Assert.All(_city.Readings, r => Assert.Contains(r.ComponentId, components));
        Assert.All(_city.Observations, o => Assert.Contains(o.UnitId, units));
        Assert.All(_city.ServiceRequests, s => Assert.Contains(s.GridUnitId!.Value, units));
        AssertSequentialIds(_city.Components.Select(c => c.Id));
        AssertSequentialIds(_city.Links.Select(c => c.Id));
        AssertSequentialIds(_city.Readings.Select(c => c.Id));
        AssertSequentialIds(_city.Observations.Select(c => c.Id));
        AssertSequentialIds(_city.ServiceRequests.Select(c => c.Id));
        AssertSequentialIds(_city.ResponsibilityAreas.Select(c => c.Id));
        AssertSequentialIds(_city.Datasets.Select(c => c.Id));
        Assert.Equal(_city.Components.Count, _city.Components.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(_city.ServiceRequests.Count, _city.ServiceRequests.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
    }

    private static void AssertSequentialIds(IEnumerable<long> ids) =>
        Assert.Equal(Enumerable.Range(1, ids.Count()).Select(i => (long)i), ids);
}
