using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenCity.Data.Seeding.Loading;

namespace OpenCity.Data.Tests.Persistence;

/// <summary>A fresh PostgreSQL database, schema created by the initializer, the test city loaded through binary COPY; dropped afterwards.</summary>
public sealed class PostgreSqlDatabaseFixture : IAsyncLifetime
{
    private IHost? _host;

    public string DatabaseName { get; } = PostgreSqlTestServer.NewDatabaseName();

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        var connectionString = await PostgreSqlTestServer.CreateDatabaseAsync(DatabaseName);
        _host = TestHost.Create(new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = "PostgreSql",
            ["OpenCity:Database:SeedOnStartup"] = "false",
            ["ConnectionStrings:OpenCity"] = connectionString,
        });
        await Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await Services.GetRequiredService<IDemoCityLoader>().LoadAsync(TestCity.Create(), progress: null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        await PostgreSqlTestServer.DropDatabaseAsync(DatabaseName);
    }
}
