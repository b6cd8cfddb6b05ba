using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenCity.Data;
using OpenCity.Data.Seeding;

namespace OpenCity.Benchmarks.Queries;

/// <summary>
/// A filtered, sorted page of components from the real server over HTTP, against the same page
/// read with hand-written SQL; and page 1 against page 1,000 of a keyset-paged list, side by side
/// in one run on the medium city in PostGIS.
/// <c>dotnet run -c Release --project tests/OpenCity.Benchmarks -- --filter '*Query*'</c>
/// </summary>
/// <remarks>
/// The medium city has 36,350 public operational streetlights, fewer than the 50,000 rows that
/// page 1,000 needs, so the deep-page pair pages through all public operational components
/// (88,419), ordered the same way; its cursor is found in the setup by walking 999 pages.
/// </remarks>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 20)]
[MedianColumn]
public class QueryBenchmarks
{
    public const string Streetlights = """
        query Streetlights($after: String) {
          components(where: { kind: { eq: STREETLIGHT }, status: { eq: OPERATIONAL } }, order: [{ installedOn: ASC }], first: 50, after: $after) {
            nodes { code name kind status installedOn }
            pageInfo { endCursor }
          }
        }
        """;

    public const string Operational = """
        query Operational($after: String) {
          components(where: { status: { eq: OPERATIONAL } }, order: [{ installedOn: ASC }], first: 50, after: $after) {
            nodes { code name kind status installedOn }
            pageInfo { endCursor }
          }
        }
        """;

    /// <summary>The hand-written page served over the same Kestrel, so both sides pay for HTTP.</summary>
    private const string RawEndpoint = "/baseline/streetlights";

    private const int PageSize = 50;
    private const int DeepPage = 1_000;

    private BenchmarkServer _server = null!;
    private GraphQLClient _client = null!;
    private NpgsqlDataSource _dataSource = null!;
    private RawComponentPage _raw = null!;
    private EfCoreComponentPage _efCore = null!;
    private string _deepCursor = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var cancellationToken = CancellationToken.None;
        var city = BenchmarkCity.PostGis("opencity_bench_queries", CitySize.Medium);
        _dataSource = NpgsqlDataSource.Create(city.ConnectionString);
        _raw = new RawComponentPage(_dataSource);
        _server = await BenchmarkServer.StartAsync(
            city,
            app => app.MapGet(RawEndpoint, async (CancellationToken ct) => Results.Bytes(await _raw.ReadJsonAsync(ct), "application/json")),
            cancellationToken);
        _client = new GraphQLClient(_server.Address);
        _efCore = new EfCoreComponentPage(_server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>());

        // Both ways must return the same page, or the comparison means nothing.
        var graphQL = await _client.ConnectionAsync(Streetlights, "components", after: null, cancellationToken);
        var graphQLCodes = graphQL["nodes"]!.AsArray().Select(n => (string)n!["code"]!).ToList();
        var sqlCodes = (await _raw.ReadAsync(cancellationToken)).Select(r => r.Code).ToList();
        if (graphQLCodes.Count != PageSize || !graphQLCodes.SequenceEqual(sqlCodes))
        {
            throw new InvalidOperationException($"GraphQL and SQL pages differ: [{string.Join(", ", graphQLCodes)}] vs [{string.Join(", ", sqlCodes)}]");
        }

        _deepCursor = await CursorBeforePageAsync(DeepPage, cancellationToken);
        var deep = await _client.ConnectionAsync(Operational, "components", _deepCursor, cancellationToken);
        if (deep["nodes"]!.AsArray().Count != PageSize)
        {
            throw new InvalidOperationException($"Page {DeepPage} of the operational components is not full.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        await _dataSource.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Streetlights p.1: Npgsql SQL + System.Text.Json")]
    public Task<byte[]> StreetlightsRawSql() => _raw.ReadJsonAsync(CancellationToken.None);

    [Benchmark(Description = "Streetlights p.1: Npgsql SQL + System.Text.Json over HTTP")]
    public Task<byte[]> StreetlightsRawSqlOverHttp() => _client.GetAsync(RawEndpoint, CancellationToken.None);

    [Benchmark(Description = "Streetlights p.1: EF Core LINQ, in process")]
    public Task<int> StreetlightsEfCore() => _efCore.ReadAsync(CancellationToken.None);

    [Benchmark(Description = "{ __typename }: GraphQL over HTTP")]
    public Task<byte[]> TypenameGraphQL() => _client.PostAsync("{ __typename }", after: null, CancellationToken.None);

    [Benchmark(Description = "Streetlights p.1: GraphQL executed in process")]
    public Task<object?> StreetlightsInProcess() => _server.ExecuteInProcessAsync(Streetlights);

    [Benchmark(Description = "Streetlights p.1: GraphQL over HTTP")]
    public Task<byte[]> StreetlightsGraphQL() => _client.PostAsync(Streetlights, after: null, CancellationToken.None);

    [Benchmark(Description = "Operational p.1: GraphQL over HTTP")]
    public Task<byte[]> OperationalFirstPage() => _client.PostAsync(Operational, after: null, CancellationToken.None);

    [Benchmark(Description = "Operational p.1,000: GraphQL over HTTP")]
    public Task<byte[]> OperationalDeepPage() => _client.PostAsync(Operational, _deepCursor, CancellationToken.None);

    /// <summary>The end cursor of the page before <paramref name="page"/>, walked 50 rows a page as a client would.</summary>
    private async Task<string> CursorBeforePageAsync(int page, CancellationToken cancellationToken)
    {
        string? cursor = null;
        for (var i = 1; i < page; i++)
        {
            var connection = await _client.ConnectionAsync(Operational, "components", cursor, cancellationToken);
            cursor = (string?)connection["pageInfo"]!["endCursor"]
                ?? throw new InvalidOperationException($"The operational components end before page {i + 1}.");
        }

        return cursor!;
    }
}
