using NetTopologySuite.Geometries;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Geospatial.Tests.Geodesy;

public sealed class GeodesicLengthTests
{
    [Theory]
    // Vincenty's and Geoscience Australia's test line, Flinders Peak to Buninyong: 54,972.271 m.
    [InlineData(144.424867889, -37.951033417, 143.926495528, -37.652821139, 54_972.271, 1e-6)]
    // GeographicLib's GeodSolve example (Karney's method), near New York to near London: 5,551,759.400319 m.
    [InlineData(-73.8, 40.6, -0.5, 51.6, 5_551_759.400319, 1e-7)]
    // One degree along the equator is a·π/180.
    [InlineData(0.0, 0.0, 1.0, 0.0, 111_319.490793, 1e-9)]
    // One degree of latitude from the equator along a meridian.
    [InlineData(0.0, 0.0, 0.0, 1.0, 110_574.388, 1e-6)]
    public void Distances_agree_with_geodesic_references(double lon1, double lat1, double lon2, double lat2, double expectedMeters, double relativeTolerance)
    {
        var meters = GeodesicDistance.Between(lon1, lat1, lon2, lat2);

        Assert.True(Math.Abs(meters - expectedMeters) <= expectedMeters * relativeTolerance, $"{meters:F3} m, expected {expectedMeters:F3} m");
        Assert.Equal(meters, GeodesicDistance.Between(lon2, lat2, lon1, lat1), 6);
    }

    [Fact]
    public void A_line_is_the_sum_of_its_segments_a_polygon_its_perimeter_and_a_point_nothing()
    {
        var line = Wgs84.Factory.CreateLineString([new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(1, 1)]);
        var square = Wgs84.Factory.CreatePolygon([new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(1, 1), new Coordinate(0, 1), new Coordinate(0, 0)]);

        Assert.Equal(GeodesicDistance.Between(0, 0, 1, 0) + GeodesicDistance.Between(1, 0, 1, 1), GeodesicLength.Of(line), 6);
        Assert.Equal(GeodesicLength.Of(line) + GeodesicDistance.Between(1, 1, 0, 1) + GeodesicDistance.Between(0, 1, 0, 0), GeodesicLength.Of(square), 6);
        Assert.Equal(0, GeodesicLength.Of(Wgs84.Factory.CreatePoint(new Coordinate(10, 53))));
    }
}
