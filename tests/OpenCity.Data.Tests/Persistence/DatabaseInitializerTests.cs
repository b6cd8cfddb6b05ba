using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenCity.Data.Seeding;
using OpenCity.Data.Seeding.Loading;
using OpenCity.Domain.Departments;

namespace OpenCity.Data.Tests.Persistence;

/// <summary>Start-up seeding and the <c>seed</c> command with the real generator, on an empty database of each provider.</summary>
public abstract class DatabaseInitializerTests : IAsyncLifetime
{
    private static readonly DemoCity SmallCity = new DemoCityGenerator(CityDefinition.LoadEmbedded()).Generate(CitySize.Small);

    private IHost? _host;

    protected IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync() => _host = TestHost.Create(await CreateDatabaseAsync());

    public virtual Task DisposeAsync()
    {
        _host?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Initialize_creates_the_schema_and_seeds_an_empty_database_once()
    {
        var initializer = Services.GetRequiredService<DatabaseInitializer>();

        await initializer.InitializeAsync(CancellationToken.None);
        await initializer.InitializeAsync(CancellationToken.None);

        await AssertHoldsAsync(SmallCity);
    }

    [Fact]
    public async Task Seed_replaces_the_city_and_reports_every_table()
    {
        var initializer = Services.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(CancellationToken.None);
        var progress = new RecordingProgress();

        await initializer.SeedAsync(CitySize.Small, progress, CancellationToken.None);

        await AssertHoldsAsync(SmallCity);
        var finals = progress.Reports.Where(p => p.RowsWritten == p.TotalRows).Select(p => p.Table).ToHashSet();
        Assert.Equal(11, finals.Count);
        Assert.Contains("governance_units", finals);

        await using var context = CreateContext();
        context.Departments.Add(new Department { Code = "NEW", Name = "New department", Domain = InfrastructureDomain.Telecom });
        await context.SaveChangesAsync();
        Assert.Equal(SmallCity.Departments.Max(d => d.Id) + 1, await context.Departments.MaxAsync(d => d.Id));
    }

    /// <summary>Creates an empty database and returns the configuration pointing at it, seeding a small city on start-up.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>> CreateDatabaseAsync();

    protected OpenCityDbContext CreateContext() => Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContext();

    private async Task AssertHoldsAsync(DemoCity city)
    {
        await using var context = CreateContext();
        Assert.Equal(city.Units.Count, await context.GovernanceUnits.CountAsync());
        Assert.Equal(city.Components.Count, await context.Components.IgnoreQueryFilters().CountAsync());
        Assert.Equal(city.Links.Count, await context.ComponentLinks.IgnoreQueryFilters().CountAsync());
        Assert.Equal(city.Readings.Count, await context.Readings.IgnoreQueryFilters().CountAsync());
        Assert.Equal(city.Observations.Count, await context.Observations.CountAsync());
        Assert.Equal(city.ServiceRequests.Count, await context.ServiceRequests.CountAsync());
        Assert.Equal(city.Datasets.Count, await context.Datasets.CountAsync());

        var expected = city.Components[^1];
        var actual = await context.Components.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == expected.Id);
        Assert.Equal((expected.Code, expected.Kind, expected.Status), (actual.Code, actual.Kind, actual.Status));
        Assert.True(expected.Geometry.EqualsExact(actual.Geometry));
    }

    private sealed class RecordingProgress : IProgress<SeedProgress>
    {
        public ConcurrentQueue<SeedProgress> Reports { get; } = new();

        public void Report(SeedProgress value) => Reports.Enqueue(value);
    }
}
