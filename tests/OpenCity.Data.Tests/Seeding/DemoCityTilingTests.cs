using NetTopologySuite.Geometries;
using OpenCity.Data.Seeding;
using OpenCity.Domain.Governance;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Data.Tests.Seeding;

public sealed class DemoCityTilingTests(SmallCityFixture fixture) : IClassFixture<SmallCityFixture>
{
    private readonly DemoCity _city = fixture.City;

    [Fact]
    public void Children_tile_their_parent_at_every_level()
    {
        var children = _city.Units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value);
        foreach (var parent in _city.Units.Where(u => u.Level != GovernanceLevel.Grid))
        {
            var parts = children[parent.Id].Select(c => (Geometry)c.Boundary).ToList();
            Assert.NotEmpty(parts);
            GeometryAssert.SameArea(parent.Boundary, Union(parts), $"children of {parent.Code}");
            GeometryAssert.NoOverlap(parts, $"children of {parent.Code}");
        }
    }

    [Fact]
    public void Grids_tile_the_city()
    {
        var city = _city.Units.Single(u => u.Level == GovernanceLevel.City);
        var grids = _city.Units.Where(u => u.Level == GovernanceLevel.Grid).Select(u => (Geometry)u.Boundary).ToList();
        GeometryAssert.SameArea(city.Boundary, Union(grids), "grids");
        Assert.Equal(city.AreaSquareMeters, _city.Units.Where(u => u.Level == GovernanceLevel.Grid).Sum(u => u.AreaSquareMeters), 0.5);
    }

    [Fact]
    public void Boundaries_are_valid_wgs84_multipolygons_with_rfc7946_orientation()
    {
        foreach (var unit in _city.Units)
        {
            Assert.Equal(4326, unit.Boundary.SRID);
            Assert.True(unit.Boundary.IsValid, $"{unit.Code} boundary is invalid.");
            Assert.True(RingOrientation.IsRfc7946(unit.Boundary), $"{unit.Code} rings are not counter-clockwise outside, clockwise inside.");
            Assert.True(unit.Boundary.Contains(unit.Centroid), $"{unit.Code} centroid lies outside.");
            Assert.True(unit.AreaSquareMeters > 0);
        }
    }

    [Fact]
    public void Responsibility_areas_lie_in_the_city_and_overlap_each_other()
    {
        var city = _city.Units.Single(u => u.Level == GovernanceLevel.City).Boundary;
        Assert.All(_city.ResponsibilityAreas, a =>
        {
            Assert.Equal(4326, a.Area.SRID);
            Assert.True(a.Area.IsValid);
            Assert.True(RingOrientation.IsRfc7946(a.Area));
            Assert.True(a.Area.Difference(city).Area < GeometryAssert.Tolerance);
        });
        Assert.All(_city.Departments, d => Assert.InRange(_city.ResponsibilityAreas.Count(a => a.DepartmentId == d.Id), 1, 3));
        var water = _city.ResponsibilityAreas.Where(a => a.DepartmentId == _city.Departments.Single(d => d.Code == "WATER").Id).ToList();
        Assert.True(water[0].Area.Intersection(water[1].Area).Area > 0, "the water zones should overlap.");
    }

    private static Geometry Union(IReadOnlyList<Geometry> parts) =>
        parts[0].Factory.BuildGeometry(parts).Union();
}
