using NetTopologySuite.Geometries;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Geospatial.Tests.Geodesy;

/// <summary>Metric buffers: refused distances, repeated positions, bounded pieces against the exact buffer.</summary>
public sealed class MetricBufferTests
{
    private static readonly GeometryFactory Factory = Wgs84.Factory;

    [Theory]
    [InlineData(5e-324)]
    [InlineData(0.009)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Distances_that_are_not_zero_or_at_least_a_centimetre_are_refused(double meters) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricBuffer.Buffer(TestGeometries.Point(0, 0), meters));

    [Fact]
    public void A_zero_buffer_is_the_geometry_itself()
    {
        var point = TestGeometries.Point(0, 0);
        Assert.Same(point, MetricBuffer.Buffer(point, 0));
    }

    [Fact]
    public void The_smallest_buffer_is_a_finite_area()
    {
        var buffered = MetricBuffer.Buffer(TestGeometries.Point(0, 0), MetricBuffer.MinMeters);

        Assert.True(buffered.Area > 0);
        Assert.All(buffered.Coordinates, c => Assert.True(double.IsFinite(c.X) && double.IsFinite(c.Y)));
    }

    [Fact]
    public void A_geometry_at_a_pole_has_no_finite_buffer()
    {
        var pole = Factory.CreateLineString([new(10, 90), new(20, 90)]);
        Assert.Throws<ArgumentException>(() => MetricBuffer.Buffer(pole, 10));
    }

    [Fact]
    public void Repeated_points_are_buffered_once()
    {
        var repeated = Factory.CreateMultiPointFromCoords(Enumerable.Repeat(TestGeometries.At(10, 20), 500).ToArray());

        var buffered = MetricBuffer.Buffer(repeated, 10);

        var single = MetricBuffer.Buffer(TestGeometries.Point(10, 20), 10);
        Assert.True(buffered.EqualsTopologically(single));
        Assert.Equal(single.NumPoints, buffered.NumPoints);
    }

    [Fact]
    public void A_cancelled_buffer_stops_before_its_pieces_are_built()
    {
        var line = Factory.CreateLineString(Enumerable.Range(0, 100).Select(i => TestGeometries.At(i * 0.001, (i % 2) * 0.001)).ToArray());

        Assert.Throws<OperationCanceledException>(() => MetricBuffer.Buffer(line, 10, new CancellationToken(canceled: true)));
        Assert.False(MetricBuffer.Buffer(line, 10, CancellationToken.None).IsEmpty);
    }

    [Fact]
    public void A_line_of_one_repeated_position_is_buffered_as_a_point()
    {
        var line = Factory.CreateLineString(Enumerable.Repeat(TestGeometries.At(0, 0), 50).ToArray());
        Assert.True(MetricBuffer.Buffer(line, 10).EqualsTopologically(MetricBuffer.Buffer(TestGeometries.Point(0, 0), 10)));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(25.0)]
    [InlineData(400.0)]
    public void A_self_crossing_line_buffered_in_pieces_covers_what_the_exact_buffer_covers(double meters)
    {
        var walk = TestGeometries.RandomWalk(200, 20, seed: 1);

        var buffered = MetricBuffer.Buffer(walk, meters);

        var plane = LocalPlane.Around(walk);
        var exact = plane.ToDegrees(plane.ToMeters(walk).Buffer(meters, 16));
        Assert.Equal(exact.Area, buffered.Area, tolerance: 0.002 * exact.Area);
        Assert.True(exact.SymmetricDifference(buffered).Area <= 0.002 * exact.Area);
        Assert.Equal(Wgs84.Srid, buffered.SRID);
    }

    [Fact]
    public void Every_vertex_of_a_buffered_line_lies_at_the_distance()
    {
        var line = Factory.CreateLineString([TestGeometries.At(0, 0), TestGeometries.At(800, 0), TestGeometries.At(800, 600)]);

        var buffered = MetricBuffer.Buffer(line, 50);

        Assert.All(buffered.Coordinates, c => Assert.Equal(50, GeodesicDistance.Between(Factory.CreatePoint(c), line), tolerance: 0.5));
    }
}
