using NetTopologySuite.Geometries;
using OpenCity.Data.Membership;
using OpenCity.Domain.Governance;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Data.Tests.Membership;

/// <summary>The spatial join that gives components and reports their grid: containment for points, largest overlap otherwise.</summary>
public sealed class GridMembershipTests
{
    // Two grids side by side, west (id 7) and east (id 3), each 0.01° square, sharing the meridian 10.01.
    private static readonly GridMembership Membership = new(
    [
        Unit(1, GovernanceLevel.Community, 10.00, 50.00, 0.02),
        Unit(7, GovernanceLevel.Grid, 10.00, 50.00, 0.01),
        Unit(3, GovernanceLevel.Grid, 10.01, 50.00, 0.01),
    ]);

    [Theory]
    [InlineData(10.005, 50.005, 7L)]
    [InlineData(10.015, 50.005, 3L)]
    [InlineData(10.030, 50.005, null)]
    public void A_point_belongs_to_the_grid_containing_it(double longitude, double latitude, long? grid) =>
        Assert.Equal(grid, Membership.GridOf(Wgs84.Factory.CreatePoint(new Coordinate(longitude, latitude))));

    [Fact]
    public void A_point_on_the_edge_between_grids_goes_to_the_smaller_id() =>
        Assert.Equal(3L, Membership.GridOf(Wgs84.Factory.CreatePoint(new Coordinate(10.01, 50.005))));

    [Fact]
    public void A_line_belongs_to_the_grid_holding_most_of_its_length()
    {
        var mostlyEast = Line((10.008, 50.005), (10.018, 50.005));
        var mostlyWest = Line((10.002, 50.005), (10.012, 50.005));

        Assert.Equal(3L, Membership.GridOf(mostlyEast));
        Assert.Equal(7L, Membership.GridOf(mostlyWest));
    }

    [Fact]
    public void A_line_split_evenly_goes_to_the_smaller_id() =>
        Assert.Equal(3L, Membership.GridOf(Line((10.006, 50.005), (10.014, 50.005))));

    [Fact]
    public void Scattered_points_belong_to_the_grid_holding_most_of_them()
    {
        var points = Wgs84.Factory.CreateMultiPointFromCoords([new(10.002, 50.005), new(10.015, 50.005), new(10.016, 50.006)]);
        Assert.Equal(3L, Membership.GridOf(points));
    }

    [Fact]
    public void An_area_belongs_to_the_grid_holding_most_of_it()
    {
        // Three quarters west of the shared edge, then three quarters east of it.
        Assert.Equal(7L, Membership.GridOf(Square(10.0085, 50.004, 0.002)));
        Assert.Equal(3L, Membership.GridOf(Square(10.0095, 50.004, 0.002)));
    }

    [Fact]
    public void Geometries_outside_every_grid_belong_to_none()
    {
        Assert.Null(Membership.GridOf(Line((11.0, 51.0), (11.1, 51.0))));
        Assert.Null(Membership.GridOf(Square(12.0, 52.0, 0.01)));
    }

    private static GovernanceUnit Unit(long id, GovernanceLevel level, double west, double south, double size) => new()
    {
        Id = id,
        Code = $"U{id}",
        Name = $"Unit {id}",
        Level = level,
        Path = $"/{id}/",
        Boundary = Wgs84.Factory.CreateMultiPolygon([Square(west, south, size)]),
        Centroid = Wgs84.Factory.CreatePoint(new Coordinate(west + (size / 2), south + (size / 2))),
    };

    private static Polygon Square(double west, double south, double size) => Wgs84.Factory.CreatePolygon(
    [
        new(west, south), new(west + size, south), new(west + size, south + size), new(west, south + size), new(west, south),
    ]);

    private static LineString Line((double X, double Y) from, (double X, double Y) to) =>
        Wgs84.Factory.CreateLineString([new(from.X, from.Y), new(to.X, to.Y)]);
}
