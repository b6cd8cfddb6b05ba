using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using NetTopologySuite.Geometries;
using OpenCity.Domain.Components;
using OpenCity.Domain.Governance;
using OpenCity.Geospatial.Geodesy;
using OpenCity.Geospatial.Querying;

namespace OpenCity.Data.Tests.Spatial;

/// <summary>
/// A fixed set of spatial queries over the small city: each runs in the database (pushed down as
/// SQL) and, as the same expression, in memory over every row with NetTopologySuite; the ids
/// must agree. Both providers inherit these tests, so SQLite and PostGIS agree with each other
/// through the in-memory answer.
/// </summary>
public abstract class SpatialQueryTests(SmallCityDatabaseFixture fixture)
{
    protected SmallCityDatabaseFixture Fixture { get; } = fixture;

    private GovernanceUnit Community => Fixture.City.Units.Where(u => u.Level == GovernanceLevel.Community).OrderBy(u => u.Id).Skip(3).First();

    private CityComponent Hydrant => Fixture.City.Components.Where(c => c.Kind == ComponentKind.Hydrant).OrderBy(c => c.Id).Skip(11).First();

    private CityComponent Pipe => Fixture.City.Components.Where(c => c.Kind == ComponentKind.WaterPipe).OrderBy(c => c.Id).Skip(5).First();

    private CityComponent Building => Fixture.City.Components.Where(c => c.Kind == ComponentKind.Building).OrderBy(c => c.Id).Skip(2).First();

    [Fact]
    public Task Components_within_a_community() => AssertComponents(Community.Boundary, (c, g) => c.Geometry.Within(g));

    [Fact]
    public Task Components_intersecting_a_community() => AssertComponents(Community.Boundary, (c, g) => c.Geometry.Intersects(g));

    [Fact]
    public Task Components_crossing_a_line_across_a_community() => AssertComponents(Diagonal(Community.Boundary), (c, g) => c.Geometry.Crosses(g));

    [Fact]
    public Task Components_touching_the_end_of_a_pipe() => AssertComponents(((LineString)Pipe.Geometry).EndPoint, (c, g) => c.Geometry.Touches(g));

    [Fact]
    public Task Components_overlapping_a_buffered_building() =>
        AssertComponents(MetricBuffer.Buffer(Building.Geometry, 15), (c, g) => c.Geometry.Overlaps(g));

    [Fact]
    public Task Components_containing_a_point_inside_a_building() =>
        AssertComponents(Building.Geometry.InteriorPoint, (c, g) => c.Geometry.Contains(g));

    [Fact]
    public Task Components_within_300_m_of_a_hydrant() =>
        AssertComponents(Hydrant.Geometry, (c, g) => Geodesic.IsWithinMeters(c.Geometry, g, 300), knifeEdgeMeters: 300);

    [Fact]
    public Task Components_within_40_m_of_a_pipe() =>
        AssertComponents(Pipe.Geometry, (c, g) => Geodesic.IsWithinMeters(c.Geometry, g, 40), knifeEdgeMeters: 40);

    [Fact]
    public Task Components_not_within_a_community_keep_the_rest() =>
        AssertComponents(Community.Boundary, (c, g) => !c.Geometry.Within(g));

    [Fact]
    public async Task Grids_a_pipe_crosses()
    {
        var pipe = Pipe.Geometry;
        Expression<Func<GovernanceUnit, bool>> query = u => u.Level == GovernanceLevel.Grid && u.Boundary.Intersects(pipe);

        await using var context = Fixture.CreateContext();
        var ids = await context.GovernanceUnits.Where(query).Select(u => u.Id).OrderBy(id => id).ToListAsync();

        var expected = Fixture.City.Units.Where(query.Compile()).Select(u => u.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Distances_agree_with_the_geodesic_reference_within_half_a_percent()
    {
        var hydrant = Hydrant.Geometry;
        await using var context = Fixture.CreateContext();
        var measured = await context.Components.IgnoreQueryFilters()
            .Where(c => Geodesic.IsWithinMeters(c.Geometry, hydrant, 500))
            .Select(c => new { c.Id, Meters = Geodesic.DistanceMeters(c.Geometry, hydrant) })
            .ToListAsync();

        Assert.True(measured.Count > 20, $"only {measured.Count} components near the hydrant");
        var components = Fixture.City.Components.ToDictionary(c => c.Id);
        foreach (var (id, meters) in measured.Select(m => (m.Id, m.Meters)))
        {
            var reference = ReferenceDistance(components[id].Geometry, (Point)hydrant);
            Assert.True(
                Math.Abs(meters - reference) <= Math.Max(0.005 * reference, 0.01),
                $"component {id}: {meters:F3} m measured, {reference:F3} m by the geodesic reference");
        }
    }

    [Fact]
    public async Task Nearest_first_orders_by_distance()
    {
        var hydrant = Hydrant.Geometry;
        await using var context = Fixture.CreateContext();
        var hydrantId = Hydrant.Id;
        var nearest = await context.Components.IgnoreQueryFilters().Where(c => c.Id != hydrantId)
            .NearestFirstAsync(context, c => c.Geometry, hydrant, maxMeters: 2_000, count: 10, c => c.Id, CancellationToken.None);

        var expected = Fixture.City.Components.Where(c => c.Id != Hydrant.Id)
            .Select(c => (c.Id, Meters: GeodesicDistance.Between(c.Geometry, hydrant)))
            .OrderBy(c => c.Meters).ThenBy(c => c.Id).Take(10).ToList();
        Assert.Equal(10, nearest.Count);

        // Sphere (PostGIS's <->) and ellipsoid may swap items closer than 0.5 % apart; anything else must match.
        foreach (var (id, index) in nearest.Select((id, index) => (id, index)))
        {
            var tie = expected.Where(e => Math.Abs(e.Meters - expected[index].Meters) <= 0.005 * expected[index].Meters).Select(e => e.Id);
            Assert.Contains(id, tie);
        }
    }

    /// <summary>
    /// Runs <paramref name="predicate"/> in the database and in memory over all components.
    /// Items within 0.5 % of <paramref name="knifeEdgeMeters"/> may fall either side (the providers
    /// measure on slightly different models of the Earth) and are left out of the comparison.
    /// </summary>
    private async Task AssertComponents(Geometry geometry, Expression<Func<CityComponent, Geometry, bool>> predicate, double? knifeEdgeMeters = null)
    {
        var parameter = predicate.Parameters[0];
        var query = Expression.Lambda<Func<CityComponent, bool>>(
            ReplacingExpressionVisitor.Replace(predicate.Parameters[1], Expression.Property(Expression.Constant(new Holder(geometry)), nameof(Holder.Value)), predicate.Body),
            parameter);

        await using var context = Fixture.CreateContext();
        var ids = await context.Components.IgnoreQueryFilters().Where(query).Select(c => c.Id).OrderBy(id => id).ToListAsync();
        var expected = Fixture.City.Components.Where(query.Compile()).Select(c => c.Id).Order().ToList();

        Assert.NotEmpty(expected);
        if (knifeEdgeMeters is { } edge)
        {
            var components = Fixture.City.Components.ToDictionary(c => c.Id);
            bool Clear(long id) => Math.Abs(GeodesicDistance.Between(components[id].Geometry, geometry) - edge) > 0.005 * edge;
            Assert.Equal(expected.Where(Clear), ids.Where(Clear));
        }
        else
        {
            Assert.Equal(expected, ids);
        }
    }

    private static LineString Diagonal(Geometry area)
    {
        var envelope = area.EnvelopeInternal;
        return area.Factory.CreateLineString([new Coordinate(envelope.MinX, envelope.MinY), new Coordinate(envelope.MaxX, envelope.MaxY)]);
    }

    /// <summary>Distance from a point to a geometry by Vincenty's method (Karney's to well under a millimetre) over its positions densified every centimetre.</summary>
    private static double ReferenceDistance(Geometry geometry, Point point)
    {
        if (geometry.Contains(point))
        {
            return 0;
        }

        var boundary = geometry is Polygon or MultiPolygon ? geometry.Boundary : geometry;
        var densified = NetTopologySuite.Densify.Densifier.Densify(boundary, 1e-7);
        return densified.Coordinates.Min(c => GeodesicDistance.Between(c.X, c.Y, point.X, point.Y));
    }

    private sealed class Holder(Geometry value)
    {
        public Geometry Value { get; } = value;
    }
}
