using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using OpenCity.Benchmarks.Queries;
using OpenCity.Data;
using OpenCity.Data.Seeding;
using OpenCity.Domain.Governance;
using OpenCity.GraphQL.Data.Spatial;

namespace OpenCity.Benchmarks.Spatial;

/// <summary>
/// A within-community query and a 10-nearest query through the real server over HTTP, each
/// beside the same query in hand-written SQL, on PostGIS (medium and large city) and on SQLite
/// (medium). The community and the point are those nearest the city's centre, so the answers
/// are alike in both sizes: latency should follow them, not the table.
/// <c>dotnet run -c Release --project tests/OpenCity.Benchmarks -- --filter '*Spatial*'</c>
/// (the large PostGIS city is seeded on the first run, a few minutes, and kept).
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 20)]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SpatialBenchmarks
{
    private const string WithinQuery =
        "query($area: GeoJSON!) { components(where: { geometry: { within: { geometry: $area } } }, first: 500) { nodes { code name kind } } }";

    private const string NearestQuery =
        "query($point: GeoJSON!) { componentsNear(point: $point, first: 10, maxDistanceMeters: 1000) { distanceMeters component { code name kind } } }";

    private const string NearestDistancesQuery =
        "query($point: GeoJSON!) { componentsNear(point: $point, first: 10, maxDistanceMeters: 1000) { distanceMeters } }";

    private const int Limit = 500;
    private const int Nearest = 10;
    private const double MaxMeters = 1_000;

    private BenchmarkServer _server = null!;
    private GraphQLClient _client = null!;
    private RawSpatialQueries _raw = null!;
    private MultiPolygon _community = null!;
    private Point _centre = null!;
    private object _withinVariables = null!;
    private object _nearestVariables = null!;

    public static IEnumerable<BenchmarkCity> Cities { get; } =
    [
        BenchmarkCity.PostGis("opencity_bench_queries", CitySize.Medium),
        BenchmarkCity.PostGis("opencity_bench_large", CitySize.Large),
        BenchmarkCity.Sqlite("opencity-bench-medium.db", CitySize.Medium),
    ];

    [ParamsSource(nameof(Cities))]
    public BenchmarkCity City { get; set; } = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var cancellationToken = CancellationToken.None;
        _server = await BenchmarkServer.StartAsync(City, mapBaselines: null, cancellationToken);
        _client = new GraphQLClient(_server.Address);
        var contexts = _server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>();
        _raw = City.Provider == DatabaseProvider.PostgreSql
            ? new PostGisSpatialQueries(City.ConnectionString)
            : new SqliteSpatialQueries(await contexts.CreateDbContextAsync(cancellationToken));

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var centre = await db.GovernanceUnits.Where(u => u.Level == GovernanceLevel.City).Select(u => u.Centroid).FirstAsync(cancellationToken);
            var communities = await db.GovernanceUnits.Where(u => u.Level == GovernanceLevel.Community).Select(u => new { u.Id, u.Centroid }).ToListAsync(cancellationToken);
            var middle = communities.MinBy(c => c.Centroid.Distance(centre))!.Id;
            _community = await db.GovernanceUnits.Where(u => u.Id == middle).Select(u => u.Boundary).FirstAsync(cancellationToken);
            _centre = (Point)centre;
        }

        _withinVariables = new { area = GeoJsonWriter.Write(_community) };
        _nearestVariables = new { point = GeoJsonWriter.Write(_centre) };

        // Both ways must give the same answer, or the comparison means nothing.
        var within = await GraphQLAsync(WithinQuery, _withinVariables, "components", cancellationToken);
        var withinCodes = within["nodes"]!.AsArray().Select(n => (string)n!["code"]!).ToList();
        var rawWithin = await _raw.WithinAsync(_community, Limit, cancellationToken);
        Check("within", withinCodes, rawWithin.Select(r => r.Code).ToList(), ordered: true);

        var nearest = (await GraphQLAsync(NearestQuery, _nearestVariables, "componentsNear", cancellationToken)).AsArray();
        var rawNearest = await _raw.NearestAsync(_centre, Nearest, MaxMeters, cancellationToken);
        Check("nearest", nearest.Select(n => (string)n!["component"]!["code"]!).ToList(), rawNearest.Select(r => r.Code).ToList(), ordered: false);
        var total = await GraphQLAsync(
            "query($area: GeoJSON!) { components(where: { geometry: { within: { geometry: $area } } }) { totalCount } }", _withinVariables, "components", cancellationToken);
        Console.WriteLine($"// {City}: {total["totalCount"]} components within the community ({withinCodes.Count} read), {nearest.Count} nearest within {MaxMeters} m");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        await _raw.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Within a community: hand-written SQL + System.Text.Json")]
    [BenchmarkCategory("within")]
    public async Task<byte[]> WithinRawSql() => RawSpatialQueries.Json(await _raw.WithinAsync(_community, Limit, CancellationToken.None));

    [Benchmark(Description = "Within a community: GraphQL over HTTP")]
    [BenchmarkCategory("within")]
    public Task<byte[]> WithinGraphQL() => _client.PostAsync(WithinQuery, _withinVariables, CancellationToken.None);

    [Benchmark(Baseline = true, Description = "10 nearest: hand-written SQL + System.Text.Json")]
    [BenchmarkCategory("nearest")]
    public async Task<byte[]> NearestRawSql() => RawSpatialQueries.Json(await _raw.NearestAsync(_centre, Nearest, MaxMeters, CancellationToken.None));

    [Benchmark(Description = "10 nearest: GraphQL over HTTP")]
    [BenchmarkCategory("nearest")]
    public Task<byte[]> NearestGraphQL() => _client.PostAsync(NearestQuery, _nearestVariables, CancellationToken.None);

    /// <summary>Without the components' fields, so without the second (batched) statement: splits the cost of the search from that of reading the rows.</summary>
    [Benchmark(Description = "10 nearest, distances only: GraphQL over HTTP")]
    [BenchmarkCategory("nearest")]
    public Task<byte[]> NearestDistancesGraphQL() => _client.PostAsync(NearestDistancesQuery, _nearestVariables, CancellationToken.None);

    private static void Check(string query, List<string> graphQL, List<string> sql, bool ordered)
    {
        var same = ordered ? graphQL.SequenceEqual(sql) : graphQL.Order().SequenceEqual(sql.Order());
        if (graphQL.Count == 0 || !same)
        {
            throw new InvalidOperationException($"The {query} answers differ: GraphQL [{string.Join(", ", graphQL)}], SQL [{string.Join(", ", sql)}]");
        }
    }

    private async Task<JsonNode> GraphQLAsync(string query, object variables, string field, CancellationToken cancellationToken)
    {
        var body = JsonNode.Parse(await _client.PostAsync(query, variables, cancellationToken))!.AsObject();
        return body["errors"] is { } errors ? throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}") : body["data"]![field]!;
    }
}
