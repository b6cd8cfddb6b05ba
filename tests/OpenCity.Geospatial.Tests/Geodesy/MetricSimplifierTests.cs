using NetTopologySuite.Algorithm.Distance;
using NetTopologySuite.Geometries;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Geospatial.Tests.Geodesy;

public sealed class MetricSimplifierTests
{
    private const double Latitude = 53.55;
    private const double MeanEarthRadius = 6_371_008.8;

    [Theory]
    [InlineData(5.0)]
    [InlineData(25.0)]
    [InlineData(100.0)]
    public void A_fine_outline_loses_points_but_stays_within_the_tolerance_in_metres(double tolerance)
    {
        var outline = Wobbly(radiusMeters: 1_000, points: 720);

        var simplified = MetricSimplifier.Simplify(outline, tolerance);

        Assert.True(simplified.IsValid);
        Assert.Equal(4326, simplified.SRID);
        Assert.True(simplified.NumPoints < outline.NumPoints, $"{simplified.NumPoints} of {outline.NumPoints} points kept");

        // Measured in a projection of the test's own (mean Earth radius): within 2 % of the tolerance.
        var distance = DiscreteHausdorffDistance.Distance(ToMetres(outline), ToMetres(simplified), 0.1);
        Assert.True(distance <= tolerance * 1.02, $"{distance:F2} m from the original at a tolerance of {tolerance} m");
    }

    [Fact]
    public void Holes_survive_and_rings_do_not_cross()
    {
        var shell = Wobbly(radiusMeters: 1_000, points: 360).Shell;
        var hole = (LinearRing)Wobbly(radiusMeters: 300, points: 180).Shell.Reverse();
        var withHole = Wgs84.Factory.CreateMultiPolygon([Wgs84.Factory.CreatePolygon(shell, [hole])]);

        var simplified = (MultiPolygon)MetricSimplifier.Simplify(withHole, 400);

        Assert.True(simplified.IsValid);
        Assert.Equal(1, ((Polygon)simplified.GetGeometryN(0)).NumInteriorRings);
        Assert.True(simplified.NumPoints < withHole.NumPoints);
    }

    [Fact]
    public void No_tolerance_returns_the_outline_as_it_is()
    {
        var outline = Wobbly(radiusMeters: 1_000, points: 90);

        Assert.Same(outline, MetricSimplifier.Simplify(outline, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricSimplifier.Simplify(outline, -1));
    }

    /// <summary>A star-ish ring around Hamburg with a 3 m wobble between neighbouring points.</summary>
    private static Polygon Wobbly(double radiusMeters, int points)
    {
        var coordinates = Enumerable.Range(0, points)
            .Select(i =>
            {
                var angle = 2 * Math.PI * i / points;
                var r = radiusMeters + (i % 2 == 0 ? 3 : -3);
                return new Coordinate(
                    10.0 + double.RadiansToDegrees(r * Math.Cos(angle) / (MeanEarthRadius * Math.Cos(double.DegreesToRadians(Latitude)))),
                    Latitude + double.RadiansToDegrees(r * Math.Sin(angle) / MeanEarthRadius));
            })
            .ToList();
        coordinates.Add(coordinates[0]);
        return Wgs84.Factory.CreatePolygon([.. coordinates]);
    }

    private static Geometry ToMetres(Geometry geometry)
    {
        var copy = geometry.Copy();
        foreach (var coordinate in copy.Coordinates)
        {
            (coordinate.X, coordinate.Y) = (
                double.DegreesToRadians(coordinate.X - 10.0) * MeanEarthRadius * Math.Cos(double.DegreesToRadians(Latitude)),
                double.DegreesToRadians(coordinate.Y - Latitude) * MeanEarthRadius);
        }

        copy.GeometryChanged();
        return copy;
    }
}
