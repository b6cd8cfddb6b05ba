using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenCity.Data.Seeding;
using OpenCity.Data.Seeding.Loading;
using OpenCity.Domain.Components;
using OpenCity.Domain.Governance;
using OpenCity.Geospatial.Querying;

namespace OpenCity.Data.Tests.Persistence;

/// <summary>
/// A database made by the code before migrations (tables, no history) is recognised and upgraded in
/// place. It is made from a script captured from that code (Legacy/*.sql), not by running a copy of
/// it: a frozen script keeps describing those databases however the model changes later, and each
/// migration added since then must apply on top of it.
/// </summary>
public abstract class LegacyUpgradeTests : IAsyncLifetime
{
    private static readonly DemoCity SmallCity = new DemoCityGenerator(CityDefinition.LoadEmbedded()).Generate(CitySize.Small);

    private readonly List<IHost> _hosts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_database_made_before_migrations_is_upgraded_in_place_without_losing_a_row()
    {
        var legacy = await CreateLegacyDatabaseAsync();
        var before = await AnswersAsync(legacy);

        await legacy.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await legacy.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

        Assert.Equal(before, await AnswersAsync(legacy));
        await using var context = CreateContext(legacy);
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
        Assert.Equal(context.Database.GetMigrations().Count(), await context.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsHistory\"").SingleAsync());
    }

    [Fact]
    public async Task An_upgraded_database_has_the_schema_of_a_migrated_one()
    {
        var legacy = await CreateLegacyDatabaseAsync();
        await legacy.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        var fresh = await CreateHostAsync();
        await fresh.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

        await using var upgraded = CreateContext(legacy);
        await using var migrated = CreateContext(fresh);
        var expected = await DescribeSchemaAsync(migrated);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await DescribeSchemaAsync(upgraded));
    }

    /// <summary>A host on a new empty database, migrating on start and seeding nothing.</summary>
    protected async Task<IServiceProvider> CreateHostAsync()
    {
        var configuration = new Dictionary<string, string?>(await CreateDatabaseAsync())
        {
            ["OpenCity:Database:SeedOnStartup"] = "false",
        };
        var host = TestHost.Create(configuration);
        _hosts.Add(host);
        return host.Services;
    }

    /// <summary>A database made the old way and filled with the small city.</summary>
    protected async Task<IServiceProvider> CreateLegacyDatabaseAsync()
    {
        var services = await CreateHostAsync();
        var name = $"Legacy.{LegacyScriptName}";
        await using (var stream = typeof(LegacyUpgradeTests).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"No embedded script {name}."))
        {
            using var reader = new StreamReader(stream);
            await ExecuteLegacyScriptAsync(services, await reader.ReadToEndAsync());
        }

        await services.GetRequiredService<IDemoCityLoader>().LoadAsync(SmallCity, progress: null, CancellationToken.None);
        return services;
    }

    protected static OpenCityDbContext CreateContext(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContext();

    protected abstract string LegacyScriptName { get; }

    /// <summary>An empty database's settings.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>> CreateDatabaseAsync();

    protected abstract Task ExecuteLegacyScriptAsync(IServiceProvider services, string script);

    /// <summary>Every table, column (type, nullability, collation), index, constraint and trigger, one line each, in order.</summary>
    protected abstract Task<List<string>> DescribeSchemaAsync(OpenCityDbContext context);

    /// <summary>Row counts of every table and a few questions that use the spatial, text and keyset indexes.</summary>
    private static async Task<List<string>> AnswersAsync(IServiceProvider services)
    {
        await using var context = CreateContext(services);
        var community = SmallCity.Units.Where(u => u.Level == GovernanceLevel.Community).OrderBy(u => u.Id).Skip(3).First();
        var hydrant = SmallCity.Components.Where(c => c.Kind == ComponentKind.Hydrant).OrderBy(c => c.Id).Skip(11).First();
        var components = context.Components.IgnoreQueryFilters();
        return
        [
            $"units {await context.GovernanceUnits.CountAsync()}",
            $"departments {await context.Departments.CountAsync()}",
            $"areas {await context.ResponsibilityAreas.CountAsync()}",
            $"components {await components.CountAsync()}",
            $"links {await context.ComponentLinks.IgnoreQueryFilters().CountAsync()}",
            $"readings {await context.Readings.IgnoreQueryFilters().CountAsync()}",
            $"indicators {await context.Indicators.CountAsync()}",
            $"observations {await context.Observations.CountAsync()}",
            $"requests {await context.ServiceRequests.CountAsync()}",
            $"datasets {await context.Datasets.CountAsync()}",
            "within " + string.Join(',', await components.Where(c => c.Geometry.Within(community.Boundary)).OrderBy(c => c.Id).Select(c => c.Code).ToListAsync()),
            "near " + string.Join(',', await components.Where(c => Geodesic.IsWithinMeters(c.Geometry, hydrant.Geometry, 300)).OrderBy(c => c.Id).Select(c => c.Code).ToListAsync()),
            "paths " + string.Join(',', await context.GovernanceUnits.Where(u => u.Path.StartsWith(community.Path.Substring(0, 3))).OrderBy(u => u.Id).Select(u => u.Code).ToListAsync()),
            "failed " + string.Join(',', await components.Where(c => c.Status == ComponentStatus.Failed).OrderBy(c => c.InstalledOn).ThenBy(c => c.Id).Select(c => c.Code).Take(50).ToListAsync()),
        ];
    }
}
