using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;
using OpenCity.Data.Seeding;

namespace OpenCity.Benchmarks.Queries;

/// <summary>
/// Where the time of the streetlight page goes without HTTP, side by side in one run on the
/// medium city: the hand-written EF Core query, then the GraphQL query executed in process with
/// one field per node and with five (five distinct fields, and five aliases of one field), so
/// that the engine's cost per field shows apart from the data layer's.
/// <c>dotnet run -c Release --project tests/OpenCity.Benchmarks -- --filter '*ExecutionCost*'</c>
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MemoryDiagnoser]
[MedianColumn]
public class ExecutionCostBenchmarks
{
    private const string Page = "components(where: { kind: { eq: STREETLIGHT }, status: { eq: OPERATIONAL } }, order: [{ installedOn: ASC }], first: 50)";

    private BenchmarkServer _server = null!;
    private EfCoreComponentPage _efCore = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchmarkServer.StartAsync(BenchmarkCity.PostGis("opencity_bench_queries", CitySize.Medium), mapBaselines: null, CancellationToken.None);
        _efCore = new EfCoreComponentPage(_server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>());
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _server.DisposeAsync();

    [Benchmark(Baseline = true, Description = "EF Core LINQ, 50 rows")]
    public Task<int> EfCore() => _efCore.ReadAsync(CancellationToken.None);

    [Benchmark(Description = "GraphQL in process, 50 nodes × 1 field")]
    public Task<object?> OneField() => _server.ExecuteInProcessAsync($"{{ {Page} {{ nodes {{ code }} }} }}");

    [Benchmark(Description = "GraphQL in process, 50 nodes × 5 aliases of 1 field")]
    public Task<object?> FiveAliases() => _server.ExecuteInProcessAsync($"{{ {Page} {{ nodes {{ code a: code b: code c: code d: code }} }} }}");

    [Benchmark(Description = "GraphQL in process, 50 nodes × 5 fields")]
    public Task<object?> FiveFields() => _server.ExecuteInProcessAsync($"{{ {Page} {{ nodes {{ code name kind status installedOn }} }} }}");
}
