using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Geospatial.Tests.Geodesy;

/// <summary>
/// The prepared distance (query geometry projected and indexed once) against the pairwise
/// algorithm it replaced (both geometries projected per pair, brute-force nearest points).
/// </summary>
public sealed class PreparedDistanceTests
{
    private static readonly GeometryFactory Factory = Wgs84.Factory;

    public static TheoryData<string> Queries => ["point", "line", "walk", "square", "multipoint"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Prepared_distance_equals_the_pairwise_distance(string query)
    {
        var prepared = new PreparedDistance(Query(query));
        var rows = Rows().ToList();

        foreach (var row in rows)
        {
            var pairwise = PairwiseDistance(row, prepared.Geometry);
            var measured = prepared.To(row);
            Assert.True(
                Math.Abs(measured - pairwise) <= Math.Max(0.0005 * pairwise, 0.001),
                $"{row.GeometryType} {row.Centroid}: {measured:F4} m prepared, {pairwise:F4} m pairwise");
        }

        Assert.Contains(rows, row => prepared.To(row) == 0);
        Assert.Contains(rows, row => prepared.To(row) > 1_000);
    }

    [Fact]
    public void Between_measures_from_the_second_geometry_prepared()
    {
        var walk = TestGeometries.RandomWalk(400, 30, seed: 7);
        var row = TestGeometries.Square(900, -700, 20);

        Assert.Equal(new PreparedDistance(walk).To(row), GeodesicDistance.Between(row, walk));
    }

    [Theory]
    [InlineData(100.0)]
    [InlineData(1_000.0)]
    public void Is_within_agrees_with_the_distance(double meters)
    {
        var prepared = new PreparedDistance(TestGeometries.RandomWalk(400, 30, seed: 3));
        foreach (var row in Rows())
        {
            Assert.Equal(prepared.To(row) <= meters, prepared.IsWithin(row, meters));
        }
    }

    [Fact]
    public void Empty_geometries_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new PreparedDistance(Factory.CreateLineString()));
        Assert.Throws<ArgumentException>(() => new PreparedDistance(TestGeometries.Point(0, 0)).To(Factory.CreatePoint()));
    }

    private static Geometry Query(string name) => name switch
    {
        "point" => TestGeometries.Point(120, -40),
        "line" => Factory.CreateLineString([TestGeometries.At(-2_000, 300), TestGeometries.At(2_500, -100)]),
        "walk" => TestGeometries.RandomWalk(1_000, 40, seed: 11),
        "square" => TestGeometries.Square(-300, -300, 600),
        _ => Factory.CreateMultiPoint([TestGeometries.Point(0, 0), TestGeometries.Point(500, 500), TestGeometries.Point(-800, 200)]),
    };

    /// <summary>A square over the centre that every query meets, then points, short lines and small squares scattered within about 8 km of it.</summary>
    private static IEnumerable<Geometry> Rows()
    {
        yield return TestGeometries.Square(-200, -200, 400);
        var random = new Random(42);
        double Near() => (random.NextDouble() - 0.5) * 16_000 * random.NextDouble();
        for (var i = 0; i < 150; i++)
        {
            var (east, north) = (Near(), Near());
            yield return (i % 3) switch
            {
                0 => TestGeometries.Point(east, north),
                1 => Factory.CreateLineString([TestGeometries.At(east, north), TestGeometries.At(east + 60, north + 25), TestGeometries.At(east + 90, north - 40)]),
                _ => TestGeometries.Square(east, north, 25),
            };
        }
    }

    /// <summary>The per-row algorithm before preparation: both geometries projected around their joint envelope, nearest points by brute force.</summary>
    private static double PairwiseDistance(Geometry first, Geometry second)
    {
        if (first is Point p && second is Point q)
        {
            return GeodesicDistance.Between(p.X, p.Y, q.X, q.Y);
        }

        if (first.Intersects(second))
        {
            return 0;
        }

        var plane = LocalPlane.Around(first, second);
        var nearest = DistanceOp.NearestPoints(plane.ToMeters(first), plane.ToMeters(second));
        var (from, to) = (plane.ToDegrees(nearest[0]), plane.ToDegrees(nearest[1]));
        return GeodesicDistance.Between(from.X, from.Y, to.X, to.Y);
    }
}
