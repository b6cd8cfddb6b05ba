using NetTopologySuite.Geometries;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Data.Tests.Seeding;

public sealed class GeodesicAreaTests
{
    [Fact]
    public void A_one_degree_square_at_the_equator_matches_the_ellipsoid()
    {
        // GeographicLib (Karney) gives 12,308,778,361.469 m² for this square on WGS 84.
        var square = Square(0, 0, 1);
        Assert.Equal(12_308_778_361.469, GeodesicArea.Of(square), 12_308_778_361.469 * 5e-5);
    }

    [Fact]
    public void A_small_cell_has_the_area_of_its_local_metric_size()
    {
        var (perLon, perLat) = Wgs84.MetresPerDegree(54.55);
        var cell = Wgs84.Factory.CreatePolygon(
        [
            new Coordinate(-2.1, 54.55), new Coordinate(-2.1 + 250 / perLon, 54.55),
            new Coordinate(-2.1 + 250 / perLon, 54.55 + 250 / perLat), new Coordinate(-2.1, 54.55 + 250 / perLat),
            new Coordinate(-2.1, 54.55),
        ]);
        Assert.Equal(62_500, GeodesicArea.Of(cell), 62_500 * 1e-4);
    }

    [Fact]
    public void Orientation_does_not_change_the_area_and_holes_are_subtracted()
    {
        var square = Square(10, 50, 1);
        var reversed = (Polygon)square.Reverse();
        Assert.Equal(GeodesicArea.Of(square), GeodesicArea.Of(reversed), 1e-3);
        var withHole = Wgs84.Factory.CreatePolygon(square.Shell, [Square(10.25, 50.25, 0.5).Shell]);
        Assert.Equal(GeodesicArea.Of(square) - GeodesicArea.Of(Square(10.25, 50.25, 0.5)), GeodesicArea.Of(withHole), 1e-3);
    }

    private static Polygon Square(double x, double y, double size) => Wgs84.Factory.CreatePolygon(
    [
        new Coordinate(x, y), new Coordinate(x + size, y), new Coordinate(x + size, y + size), new Coordinate(x, y + size), new Coordinate(x, y),
    ]);
}
