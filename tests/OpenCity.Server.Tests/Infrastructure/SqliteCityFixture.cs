namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>The server on the embedded default: a fresh SQLite file seeded with the small city.</summary>
public class SqliteCityFixture : ICityServerFixture
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"opencity-test-{Guid.NewGuid():N}.db");

    public OpenCityServer Server { get; private set; } = null!;

    /// <summary>The server's settings: a second server given them (and more) shares the seeded file.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["OpenCity:Database:Provider"] = "Sqlite",
        ["ConnectionStrings:OpenCity"] = $"Data Source={_file}",
        ["OpenCity:Auth:SigningKey"] = TestTokens.SigningKey,
    };

    public Task InitializeAsync()
    {
        Server = new OpenCityServer(Settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }
}
