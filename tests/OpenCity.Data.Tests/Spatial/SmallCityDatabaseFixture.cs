using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenCity.Data.Seeding;
using OpenCity.Data.Seeding.Loading;
using OpenCity.Data.Tests.Persistence;

namespace OpenCity.Data.Tests.Spatial;

/// <summary>The generated small city loaded into a throw-away database, with the city itself kept for in-memory answers.</summary>
public abstract class SmallCityDatabaseFixture : IAsyncLifetime
{
    private IHost? _host;

    public DemoCity City { get; } = new DemoCityGenerator(CityDefinition.LoadEmbedded()).Generate(CitySize.Small);

    public OpenCityDbContext CreateContext() =>
        (_host ?? throw new InvalidOperationException("Not initialised.")).Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContext();

    public async Task InitializeAsync()
    {
        _host = TestHost.Create(await ConfigureAsync());
        await _host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await _host.Services.GetRequiredService<IDemoCityLoader>().LoadAsync(City, progress: null, CancellationToken.None);
    }

    public virtual Task DisposeAsync()
    {
        _host?.Dispose();
        return Task.CompletedTask;
    }

    protected abstract Task<Dictionary<string, string?>> ConfigureAsync();
}
