using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using OpenCity.Data;
using OpenCity.Data.Seeding;

namespace OpenCity.Benchmarks.Queries;

/// <summary>
/// The case-insensitive shapes of issue 8 that took seconds, before (nested <c>replace()</c>) and
/// after (one folding expression), through a real server over HTTP, side by side in one run:
/// ten <c>containsIgnoreCase</c> in an <c>or</c>, the first time (EF Core's compiled queries
/// forgotten before each request) and again; and <c>containsIgnoreCase: "zz"</c> (too short for
/// any index) counted in every unit's components, for 500 units of the small city in SQLite
/// (all 167) and 50 of the medium city in PostGIS.
/// <c>dotnet run -c Release --project tests/OpenCity.Benchmarks -- --filter '*CaseInsensitive*'</c>
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CaseInsensitiveWideBenchmarks
{
    private static readonly string TenContains =
        "{ components(where: { or: [" + string.Join(", ", Enumerable.Range(0, 10).Select(i => $"{{ name: {{ containsIgnoreCase: \"Road {i}\" }} }}")) +
        "] }, first: 10) { totalCount nodes { code } } }";

    private CaseFoldingServers _servers = null!;
    private string _unitCounts = null!;

    public static IEnumerable<BenchmarkCity> Cities { get; } =
    [
        BenchmarkCity.Sqlite("opencity-bench-small.db", CitySize.Small),
        BenchmarkCity.PostGis("opencity_bench_queries", CitySize.Medium),
    ];

    [ParamsSource(nameof(Cities))]
    public BenchmarkCity City { get; set; } = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var cancellationToken = CancellationToken.None;
        _servers = await CaseFoldingServers.StartAsync(City, cancellationToken);
        var units = City.Provider == DatabaseProvider.Sqlite ? 500 : 50;
        _unitCounts = $"{{ governanceUnits(first: {units}) {{ nodes {{ code components(where: {{ name: {{ containsIgnoreCase: \"zz\" }} }}) {{ totalCount }} }} }} }}";
        var ten = await _servers.CheckSameAnswerAsync(TenContains, new { }, cancellationToken);
        var counts = await _servers.CheckSameAnswerAsync(_unitCounts, new { }, cancellationToken);
        Console.WriteLine($"// {City}: ten contains keep {ten["components"]!["totalCount"]}; zz counted in {counts["governanceUnits"]!["nodes"]!.AsArray().Count} units");
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _servers.DisposeAsync();

    [Benchmark(Baseline = true, Description = "ten containsIgnoreCase in an or, first time: nested replace()")]
    [BenchmarkCategory("ten, first time")]
    public async Task<byte[]> TenFirstBefore()
    {
        await CaseFoldingServers.ForgetCompiledQueriesAsync(_servers.BeforeServer);
        return await _servers.Before.PostAsync(TenContains, new { }, CancellationToken.None);
    }

    [Benchmark(Description = "ten containsIgnoreCase in an or, first time: one folding")]
    [BenchmarkCategory("ten, first time")]
    public async Task<byte[]> TenFirstAfter()
    {
        await CaseFoldingServers.ForgetCompiledQueriesAsync(_servers.AfterServer);
        return await _servers.After.PostAsync(TenContains, new { }, CancellationToken.None);
    }

    [Benchmark(Baseline = true, Description = "ten containsIgnoreCase in an or, again: nested replace()")]
    [BenchmarkCategory("ten, again")]
    public Task<byte[]> TenAgainBefore() => _servers.Before.PostAsync(TenContains, new { }, CancellationToken.None);

    [Benchmark(Description = "ten containsIgnoreCase in an or, again: one folding")]
    [BenchmarkCategory("ten, again")]
    public Task<byte[]> TenAgainAfter() => _servers.After.PostAsync(TenContains, new { }, CancellationToken.None);

    [Benchmark(Baseline = true, Description = "units × components containsIgnoreCase \"zz\" totalCount: nested replace()")]
    [BenchmarkCategory("units × components")]
    public Task<byte[]> UnitCountsBefore() => _servers.Before.PostAsync(_unitCounts, new { }, CancellationToken.None);

    [Benchmark(Description = "units × components containsIgnoreCase \"zz\" totalCount: one folding")]
    [BenchmarkCategory("units × components")]
    public Task<byte[]> UnitCountsAfter() => _servers.After.PostAsync(_unitCounts, new { }, CancellationToken.None);
}
