using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;
using OpenCity.Data.Seeding;

namespace OpenCity.Benchmarks.Queries;

/// <summary>
/// Case-insensitive matches an index can serve on PostgreSQL, before (nested <c>replace()</c>) and
/// after (one folding expression), each through a real server over HTTP, side by side in one run on
/// the small city in SQLite and the medium city in PostGIS; and an <c>in</c> list of 1,000 codes
/// as EF Core 10 sends it by default (one parameter per value) against one parameter.
/// <c>dotnet run -c Release --project tests/OpenCity.Benchmarks -- --filter '*CaseInsensitive*'</c>
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CaseInsensitiveBenchmarks
{
    private const string Count = "query($where: CityComponentFilterInput) { components(where: $where, first: 10) { totalCount nodes { code } } }";
    private const int Codes = 1_000;

    private CaseFoldingServers _servers = null!;
    private IDbContextFactory<OpenCityDbContext> _contexts = null!;
    private object _eq = null!;
    private object _contains = null!;
    private object _prefix = null!;
    private object _in = null!;
    private string[] _codes = [];

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
        _contexts = _servers.AfterServer.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>();
        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken))
        {
            // A name a few assets share (a road's), in capitals; part of it; the codes of every other asset and codes that do not exist.
            var name = await db.Components.OrderBy(c => c.Id).Select(c => c.Name).FirstAsync(cancellationToken);
            _eq = new { where = new { name = new { eqIgnoreCase = name.ToUpperInvariant() } } };
            _contains = new { where = new { name = new { containsIgnoreCase = name[1..^1].ToUpperInvariant() } } };
            _prefix = new { where = new { code = new { startsWithIgnoreCase = "hy-00001" } } };
            var codes = await db.Components.OrderBy(c => c.Id).Where(c => c.Id % 2 == 0).Select(c => c.Code).Take(Codes / 2).ToListAsync(cancellationToken);
            _codes = [.. codes.Concat(Enumerable.Range(0, Codes - codes.Count).Select(i => $"NO-{i:D6}"))];
            _in = new { where = new { code = new { @in = _codes } } };
        }

        foreach (var (shape, variables) in new[] { ("eq", _eq), ("contains", _contains), ("prefix", _prefix), ("in", _in) })
        {
            var data = await _servers.CheckSameAnswerAsync(Count, variables, cancellationToken);
            Console.WriteLine($"// {City}, {shape}: {data["components"]!["totalCount"]} components");
        }

        if (await InListOneParameter() != await InListParameterPerValue())
        {
            throw new InvalidOperationException("The in lists' counts differ.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _servers.DisposeAsync();

    [Benchmark(Baseline = true, Description = "eqIgnoreCase on name: nested replace()")]
    [BenchmarkCategory("eq")]
    public Task<byte[]> EqBefore() => _servers.Before.PostAsync(Count, _eq, CancellationToken.None);

    [Benchmark(Description = "eqIgnoreCase on name: one folding")]
    [BenchmarkCategory("eq")]
    public Task<byte[]> EqAfter() => _servers.After.PostAsync(Count, _eq, CancellationToken.None);

    [Benchmark(Baseline = true, Description = "containsIgnoreCase on name: nested replace()")]
    [BenchmarkCategory("contains")]
    public Task<byte[]> ContainsBefore() => _servers.Before.PostAsync(Count, _contains, CancellationToken.None);

    [Benchmark(Description = "containsIgnoreCase on name: one folding")]
    [BenchmarkCategory("contains")]
    public Task<byte[]> ContainsAfter() => _servers.After.PostAsync(Count, _contains, CancellationToken.None);

    [Benchmark(Baseline = true, Description = "startsWithIgnoreCase on code: nested replace()")]
    [BenchmarkCategory("prefix")]
    public Task<byte[]> PrefixBefore() => _servers.Before.PostAsync(Count, _prefix, CancellationToken.None);

    [Benchmark(Description = "startsWithIgnoreCase on code: one folding")]
    [BenchmarkCategory("prefix")]
    public Task<byte[]> PrefixAfter() => _servers.After.PostAsync(Count, _prefix, CancellationToken.None);

    [Benchmark(Baseline = true, Description = "in 1,000 codes, EF Core LINQ: a parameter per value (EF Core 10's default)")]
    [BenchmarkCategory("in")]
    public async Task<int> InListParameterPerValue()
    {
        await using var db = await _contexts.CreateDbContextAsync();
        return await db.Components.CountAsync(c => _codes.Contains(c.Code));
    }

    [Benchmark(Description = "in 1,000 codes, EF Core LINQ: one parameter (what the filters send)")]
    [BenchmarkCategory("in")]
    public async Task<int> InListOneParameter()
    {
        await using var db = await _contexts.CreateDbContextAsync();
        return await db.Components.CountAsync(c => EF.Parameter(_codes).Contains(c.Code));
    }

    [Benchmark(Description = "in 1,000 codes: GraphQL over HTTP (count and page)")]
    [BenchmarkCategory("in")]
    public Task<byte[]> InListGraphQL() => _servers.After.PostAsync(Count, _in, CancellationToken.None);
}
