using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenCity.Data.Seeding.Loading;

namespace OpenCity.Data.Tests.Persistence;

/// <summary>A SQLite file in the temp folder with the schema created and the test city loaded; deleted afterwards.</summary>
public sealed class SqliteDatabaseFixture : IAsyncLifetime
{
    private IHost? _host;

    public string FilePath { get; } = Path.Combine(Path.GetTempPath(), $"opencity-test-{Guid.NewGuid():N}.db");

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        _host = TestHost.Create(new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = "Sqlite",
            ["OpenCity:Database:SeedOnStartup"] = "false",
            ["ConnectionStrings:OpenCity"] = $"Data Source={FilePath}",
        });
        await Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await Services.GetRequiredService<IDemoCityLoader>().LoadAsync(TestCity.Create(), progress: null, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _host?.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(FilePath + suffix);
        }

        return Task.CompletedTask;
    }
}
