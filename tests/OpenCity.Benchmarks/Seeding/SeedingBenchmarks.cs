using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;
using OpenCity.Data.Seeding;
using OpenCity.Data.Seeding.Loading;

namespace OpenCity.Benchmarks.Seeding;

/// <summary>
/// Loading a generated city (generation excluded) into empty tables: PostgreSQL by binary COPY
/// (what <c>seed</c> does), against the same rows through EF Core's batched INSERTs, and SQLite's
/// loader, side by side in one run.
/// <c>dotnet run -c Release --project tests/OpenCity.Benchmarks -- --filter '*Seeding*'</c>
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SeedingBenchmarks
{
    private DemoCity _city = null!;
    private IServiceProvider _postgres = null!;
    private IServiceProvider _sqlite = null!;

    [Params(CitySize.Medium)]
    public CitySize Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _city = new DemoCityGenerator(CityDefinition.LoadEmbedded()).Generate(Size);
        _postgres = BenchmarkDatabases.PostgreSqlAsync("opencity_bench").GetAwaiter().GetResult();
        _sqlite = BenchmarkDatabases.SqliteAsync(Path.Combine(Path.GetTempPath(), "opencity-bench.db")).GetAwaiter().GetResult();
    }

    [IterationSetup(Targets = [nameof(PostgreSqlBinaryCopy), nameof(PostgreSqlEfCoreInserts)])]
    public void EmptyPostgreSql() => Recreate(_postgres);

    [IterationSetup(Target = nameof(SqliteLoader))]
    public void EmptySqlite() => Recreate(_sqlite);

    [Benchmark(Baseline = true, Description = "PostgreSQL: binary COPY")]
    public Task PostgreSqlBinaryCopy() => _postgres.GetRequiredService<IDemoCityLoader>().LoadAsync(_city, null, CancellationToken.None);

    [Benchmark(Description = "PostgreSQL: EF Core INSERTs")]
    public async Task PostgreSqlEfCoreInserts()
    {
        // The ordinary way: EF Core's batched INSERTs, a table at a time, parents first.
        var factory = _postgres.GetRequiredService<IDbContextFactory<OpenCityDbContext>>();
        foreach (var rows in DemoCityRows.InLoadOrder(_city))
        {
            foreach (var chunk in rows.Chunk(5_000))
            {
                await using var db = await factory.CreateDbContextAsync();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.AddRange(chunk);
                await db.SaveChangesAsync();
            }
        }
    }

    [Benchmark(Description = "SQLite: prepared INSERTs")]
    public Task SqliteLoader() => _sqlite.GetRequiredService<IDemoCityLoader>().LoadAsync(_city, null, CancellationToken.None);

    private static void Recreate(IServiceProvider services) =>
        services.GetRequiredService<DatabaseInitializer>().RecreateTablesAsync(CancellationToken.None).GetAwaiter().GetResult();
}
