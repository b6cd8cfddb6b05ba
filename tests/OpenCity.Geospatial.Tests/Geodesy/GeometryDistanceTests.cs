using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Geospatial.Tests.Geodesy;

/// <summary>Distances between geometries, search padding and metric buffers, against point-to-point geodesics.</summary>
public sealed class GeometryDistanceTests
{
    private static readonly GeometryFactory Factory = Wgs84.Factory;

    [Theory]
    [InlineData(-2.12, 54.56, 0.0)]
    [InlineData(10.0, 60.0, 45.0)]
    [InlineData(-70.0, -33.0, 110.0)]
    public void Point_to_line_distance_agrees_with_the_nearest_densified_position(double longitude, double latitude, double bearingDegrees)
    {
        // A 2 km line and a point 300 m off its middle, at several latitudes and bearings.
        var (dx, dy) = Wgs84.MetresPerDegree(latitude);
        var (sin, cos) = Math.SinCos(double.DegreesToRadians(bearingDegrees));
        var line = Factory.CreateLineString(
        [
            new(longitude - (1000 * sin / dx), latitude - (1000 * cos / dy)),
            new(longitude + (1000 * sin / dx), latitude + (1000 * cos / dy)),
        ]);
        var point = Factory.CreatePoint(new Coordinate(longitude + (300 * cos / dx), latitude - (300 * sin / dy)));

        var reference = Densifier.Densify(line, 1e-6).Coordinates.Min(c => GeodesicDistance.Between(c.X, c.Y, point.X, point.Y));

        Assert.Equal(reference, GeodesicDistance.Between(line, point), tolerance: 0.001 * reference);
        Assert.Equal(reference, GeodesicDistance.Between(point, line), tolerance: 0.001 * reference);
    }

    [Fact]
    public void Geometries_that_meet_are_zero_apart()
    {
        var square = Factory.CreatePolygon([new(0, 0), new(1, 0), new(1, 1), new(0, 1), new(0, 0)]);
        Assert.Equal(0, GeodesicDistance.Between(square, Factory.CreatePoint(new Coordinate(0.5, 0.5))));
    }

    [Theory]
    [InlineData(300.0, 299.0, false)]
    [InlineData(300.0, 301.0, true)]
    public void Is_within_compares_the_geodesic_distance(double meters, double threshold, bool within)
    {
        var a = Factory.CreatePoint(new Coordinate(-2.12, 54.56));
        var (_, perLatitude) = Wgs84.MetresPerDegree(54.56);
        var b = Factory.CreatePoint(new Coordinate(-2.12, 54.56 + (meters / perLatitude)));

        Assert.Equal(within, GeodesicDistance.IsWithin(a, b, threshold));
    }

    [Theory]
    [InlineData(0.0, 1_000.0)]
    [InlineData(54.56, 1_000.0)]
    [InlineData(-78.0, 25_000.0)]
    public void Padding_never_falls_short_of_the_distance(double latitude, double meters)
    {
        var envelope = new Envelope(10, 10.01, latitude, latitude + 0.01);
        var (longitude, latitudePadding) = GeodesicDistance.PaddingDegrees(envelope, meters);

        // The far corners of the padded box are at least the distance away from the envelope's edges.
        var poleward = latitude >= 0 ? envelope.MaxY : envelope.MinY;
        Assert.True(GeodesicDistance.Between(envelope.MaxX, poleward, envelope.MaxX + longitude, poleward) >= meters);
        Assert.True(GeodesicDistance.Between(envelope.MaxX, envelope.MaxY, envelope.MaxX, envelope.MaxY + latitudePadding) >= meters);
    }

    [Fact]
    public void A_buffered_point_is_a_circle_of_the_radius_in_metres()
    {
        var centre = Factory.CreatePoint(new Coordinate(-2.12, 54.56));
        var circle = MetricBuffer.Buffer(centre, 200);

        Assert.All(circle.Coordinates, c => Assert.Equal(200, GeodesicDistance.Between(centre.X, centre.Y, c.X, c.Y), tolerance: 1.0));
        Assert.Equal(Wgs84.Srid, circle.SRID);
    }
}
