using NetTopologySuite.Geometries;
using OpenCity.Data.Seeding;
using OpenCity.Domain.Components;
using OpenCity.Domain.Governance;
using OpenCity.Geospatial.Geodesy;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Queries;

/// <summary>
/// Spatial filters and nearest-first search over HTTP, on SQLite and on PostGIS: both answer the
/// same, and the same as NetTopologySuite over the generated city in memory.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class SpatialFilterTests(SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    private const string ComponentCodes =
        "query($where: CityComponentFilterInput) { components(where: $where, first: 500) { totalCount nodes { code } } }";

    private static readonly DemoCity City = new DemoCityGenerator(CityDefinition.LoadEmbedded()).Generate(CitySize.Small);

    private static readonly List<CityComponent> PublicComponents = [.. City.Components.Where(c => c.Sensitivity == Sensitivity.Public).OrderBy(c => c.Id)];

    private static GovernanceUnit Community => City.Units.Where(u => u.Level == GovernanceLevel.Community).OrderBy(u => u.Id).Skip(2).First();

    private static Point Hydrant => (Point)PublicComponents.Where(c => c.Kind == ComponentKind.Hydrant).Skip(4).First().Geometry;

    [Fact]
    public Task Within_a_community() =>
        AssertCodes(new { geometry = new { within = new { geometry = GeoJsonWriter.Write(Community.Boundary) } } }, c => c.Geometry.Within(Community.Boundary));

    [Fact]
    public Task Not_within_a_community_keeps_the_rest_of_its_box() =>
        AssertCodes(
            new { geometry = new { bbox = Box(Community.Boundary), nwithin = new { geometry = GeoJsonWriter.Write(Community.Boundary) } } },
            c => c.Geometry.Intersects(Community.Boundary.Envelope) && !c.Geometry.Within(Community.Boundary));

    [Fact]
    public Task Intersecting_a_box_combined_with_a_kind() =>
        AssertCodes(
            new { kind = new { eq = "STREETLIGHT" }, geometry = new { bbox = Box(Community.Boundary) } },
            c => c.Kind == ComponentKind.Streetlight && c.Geometry.Intersects(Community.Boundary.Envelope));

    [Fact]
    public Task Within_300_metres_of_a_hydrant() =>
        AssertCodes(
            new { geometry = new { dwithin = new { geometry = GeoJsonWriter.Write(Hydrant), meters = 300.0 } } },
            c => GeodesicDistance.IsWithin(c.Geometry, Hydrant, 300),
            knifeEdge: (Hydrant, 300));

    [Fact]
    public Task Distance_between_100_and_300_metres() =>
        AssertCodes(
            new { geometry = new { distance = new { geometry = GeoJsonWriter.Write(Hydrant), gte = 100.0, lt = 300.0 } } },
            c => GeodesicDistance.Between(c.Geometry, Hydrant) is >= 100 and < 300,
            knifeEdge: (Hydrant, 300), innerEdge: 100);

    [Fact]
    public Task A_buffered_point_is_a_circle_in_metres() =>
        AssertCodes(
            new { geometry = new { intersects = new { geometry = GeoJsonWriter.Write(Hydrant), buffer = 200.0 } } },
            c => GeodesicDistance.IsWithin(c.Geometry, Hydrant, 200),
            knifeEdge: (Hydrant, 200));

    [Fact]
    public async Task Nearest_first_returns_the_nearest_with_their_distances()
    {
        const string query =
            "query($p: GeoJSON!) { componentsNear(point: $p, first: 10, maxDistanceMeters: 2000, where: { kind: { eq: HYDRANT } }) " +
            "{ distanceMeters component { code kind } } }";
        var variables = new { p = GeoJsonWriter.Write(Hydrant) };

        var onSqlite = (await sqlite.Server.QueryDataAsync(query, variables))["componentsNear"]!.AsArray();
        var onPostGis = (await postgis.Server.QueryDataAsync(query, variables))["componentsNear"]!.AsArray();

        var expected = PublicComponents.Where(c => c.Kind == ComponentKind.Hydrant)
            .Select(c => (c.Code, Meters: GeodesicDistance.Between(c.Geometry, Hydrant)))
            .Where(c => c.Meters <= 2000).OrderBy(c => c.Meters).Take(10).ToList();
        Assert.Equal(10, expected.Count);
        foreach (var answer in new[] { onSqlite, onPostGis })
        {
            Assert.Equal(10, answer.Count);
            Assert.All(answer, a => Assert.Equal("HYDRANT", a!["component"]!["kind"]!.GetValue<string>()));
            foreach (var (e, a) in expected.Zip(answer))
            {
                // The databases measure on slightly different Earths: hydrants within 0.5 % of each other's distance may swap.
                var code = a!["component"]!["code"]!.GetValue<string>();
                var tie = expected.Where(other => Math.Abs(other.Meters - e.Meters) <= 0.005 * e.Meters).Select(other => other.Code);
                Assert.Contains(code, tie);
                Assert.Equal(e.Meters, a["distanceMeters"]!.GetValue<double>(), tolerance: Math.Max(0.005 * e.Meters, 0.01));
            }
        }

        Assert.Equal(0, onSqlite[0]!["distanceMeters"]!.GetValue<double>());
    }

    [Fact]
    public async Task Nearest_first_stops_at_the_maximum_distance()
    {
        const string query = "query($p: GeoJSON!) { componentsNear(point: $p, first: 100, maxDistanceMeters: 60) { distanceMeters } }";
        var variables = new { p = GeoJsonWriter.Write(Hydrant) };
        var distances = PublicComponents.Select(c => GeodesicDistance.Between(c.Geometry, Hydrant)).ToList();
        var (surely, maybe) = (distances.Count(d => d <= 60 * 0.995), distances.Count(d => d <= 60 * 1.005));

        foreach (var server in new[] { sqlite.Server, postgis.Server })
        {
            var found = (await server.QueryDataAsync(query, variables))["componentsNear"]!.AsArray();
            Assert.InRange(found.Count, 1, 99);
            Assert.InRange(found.Count, surely, maybe);
            Assert.All(found, f => Assert.InRange(f!["distanceMeters"]!.GetValue<double>(), 0, 60));
        }
    }

    [Theory]
    [InlineData("{ components(where: { geometry: { dwithin: { geometry: { type: \"Point\", coordinates: [0, 0] }, meters: -1 } } }) { totalCount } }", "INVALID_FILTER")]
    [InlineData("{ components(where: { geometry: { within: { geometry: { type: \"Point\", coordinates: [0, 0] }, buffer: 1e9 } } }) { totalCount } }", "INVALID_FILTER")]
    [InlineData("{ components(where: { geometry: { within: { geometry: { type: \"Point\", coordinates: [0, 0] }, buffer: 5e-324 } } }) { totalCount } }", "INVALID_FILTER")]
    [InlineData("{ components(where: { geometry: { within: { geometry: { type: \"Point\", coordinates: [0, 89.9999] }, buffer: 100 } } }) { totalCount } }", "INVALID_FILTER")]
    [InlineData("{ components(where: { geometry: { bbox: [1, 2, 3] } }) { totalCount } }", "INVALID_FILTER")]
    [InlineData("{ components(where: { geometry: { bbox: [10, 60, 11, 50] } }) { totalCount } }", "INVALID_FILTER")]
    [InlineData("{ components(where: { geometry: { within: null } }) { totalCount } }", "INVALID_FILTER")]
    [InlineData("{ components(where: { geometry: { distance: { geometry: { type: \"Point\", coordinates: [0, 0] } } } }) { totalCount } }", "INVALID_FILTER")]
    [InlineData("{ components(where: { geometry: { within: { geometry: { type: \"Polygon\", coordinates: [[[0, 0], [1, 0], [1, 1]]] } } } }) { totalCount } }", "GEOJSON_INVALID_COORDINATES")]
    [InlineData("{ components(where: { geometry: { intersects: { geometry: { type: \"MultiPolygon\", coordinates: [] } } } }) { totalCount } }", "INVALID_FILTER")]
    [InlineData("{ components(where: { geometry: { within: { geometry: { type: \"GeometryCollection\", geometries: [{ type: \"Point\", coordinates: [0, 0] }] }, buffer: 10 } } }) { totalCount } }", "INVALID_FILTER")]
    [InlineData("{ componentsNear(point: { type: \"LineString\", coordinates: [[0, 0], [1, 1]] }) { distanceMeters } }", "INVALID_NEAREST_SEARCH")]
    [InlineData("{ componentsNear(point: { type: \"Point\", coordinates: [0, 0] }, first: 0) { distanceMeters } }", "INVALID_NEAREST_SEARCH")]
    [InlineData("{ componentsNear(point: { type: \"Point\", coordinates: [0, 0] }, maxDistanceMeters: 1e6) { distanceMeters } }", "INVALID_NEAREST_SEARCH")]
    public async Task Bad_spatial_input_is_a_coded_error(string query, string code)
    {
        foreach (var server in new[] { sqlite.Server, postgis.Server })
        {
            var response = await server.PostAsync(query);
            var error = Assert.Single(response["errors"]!.AsArray());
            Assert.Equal(code, error!["extensions"]!["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_geometry_over_the_vertex_cap_is_refused_with_the_limit_and_the_count()
    {
        var line = new { type = "LineString", coordinates = Enumerable.Range(0, 2_500).Select(i => new[] { Hydrant.X + (i * 1e-6), Hydrant.Y }).ToArray() };

        var response = await sqlite.Server.PostAsync(ComponentCodes, new { where = new { geometry = new { distance = new { geometry = line, lt = 10.0 } } } });

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal(GeoJsonErrorCodes.TooComplex, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(GeoJsonOptions.DefaultMaxVertices, error["extensions"]!["limit"]!.GetValue<int>());
        Assert.Equal(2_500, error["extensions"]!["value"]!.GetValue<int>());
        Assert.Contains("at most 2000 positions", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ components(where: { geometry: { intersects: { geometry: { type: \"Point\", coordinates: [-2.13, 54.61] }, buffer: -0 } } }) { totalCount } }")]
    [InlineData("{ city { boundary(simplifyMeters: -0) } }")]
    public async Task Minus_zero_metres_are_zero_metres(string query)
    {
        foreach (var server in new[] { sqlite.Server, postgis.Server })
        {
            await server.QueryDataAsync(query);
        }
    }

    [Fact]
    public async Task A_buffered_geometry_over_its_own_cap_is_refused_and_dwithin_takes_it()
    {
        var line = new { type = "LineString", coordinates = Enumerable.Range(0, 600).Select(i => new[] { Hydrant.X + (i * 1e-6), Hydrant.Y }).ToArray() };

        var buffered = await sqlite.Server.PostAsync(ComponentCodes, new { where = new { geometry = new { intersects = new { geometry = line, buffer = 10.0 } } } });
        var near = await sqlite.Server.PostAsync(ComponentCodes, new { where = new { geometry = new { dwithin = new { geometry = line, meters = 10.0 } } } });

        var error = Assert.Single(buffered["errors"]!.AsArray())!;
        Assert.Equal("INVALID_FILTER", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(500, error["extensions"]!["limit"]!.GetValue<int>());
        Assert.Equal(600, error["extensions"]!["value"]!.GetValue<int>());
        Assert.Null(near["errors"]);
    }

    private static double[] Box(Geometry geometry)
    {
        var envelope = geometry.EnvelopeInternal;
        return [envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY];
    }

    /// <summary>
    /// The filter's codes on both servers equal the in-memory answer; with a distance, items within
    /// 0.5 % of an edge may fall either side (the databases measure on slightly different models
    /// of the Earth, buffers are polygons) and are left out of the comparison.
    /// </summary>
    private async Task AssertCodes(object where, Func<CityComponent, bool> expected, (Point Point, double Meters)? knifeEdge = null, double? innerEdge = null)
    {
        bool Clear(string code)
        {
            if (knifeEdge is not { } edge)
            {
                return true;
            }

            var meters = GeodesicDistance.Between(PublicComponents.Single(c => c.Code == code).Geometry, edge.Point);
            return new[] { edge.Meters, innerEdge ?? -1 }.All(e => Math.Abs(meters - e) > 0.005 * e);
        }

        var expectedCodes = PublicComponents.Where(expected).Select(c => c.Code).Where(Clear).ToList();
        Assert.InRange(expectedCodes.Count, 1, 499);
        foreach (var server in new[] { sqlite.Server, postgis.Server })
        {
            var data = await server.QueryDataAsync(ComponentCodes, new { where });
            var codes = data["components"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).ToList();
            Assert.True(data["components"]!["totalCount"]!.GetValue<int>() <= 500);
            Assert.Equal(expectedCodes, codes.Where(Clear));
        }
    }
}
