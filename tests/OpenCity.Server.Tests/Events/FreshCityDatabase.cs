using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Events;

/// <summary>An empty database of its own (a PostgreSQL database or a SQLite file) that servers started on it seed and share; removed afterwards.</summary>
public sealed class FreshCityDatabase : IAsyncDisposable
{
    private readonly PostgresDatabase? _postgres;
    private readonly string? _file;

    private FreshCityDatabase(PostgresDatabase? postgres, string? file)
    {
        _postgres = postgres;
        _file = file;
    }

    public static async Task<FreshCityDatabase> CreateAsync(string database) => database == "postgis"
        ? new FreshCityDatabase(await PostgresDatabase.CreateAsync(), null)
        : new FreshCityDatabase(null, Path.Combine(Path.GetTempPath(), $"opencity-test-{Guid.NewGuid():N}.db"));

    /// <summary>The settings of a server on this database, with <paramref name="more"/> on top.</summary>
    public Dictionary<string, string?> Settings(params (string Key, string? Value)[] more)
    {
        var settings = _postgres is not null
            ? new Dictionary<string, string?>
            {
                ["OpenCity:Database:Provider"] = "PostgreSql",
                ["ConnectionStrings:OpenCity"] = _postgres.ConnectionString,
                ["OpenCity:Database:SeedOnStartup"] = "true",
            }
            : new Dictionary<string, string?>
            {
                ["OpenCity:Database:Provider"] = "Sqlite",
                ["ConnectionStrings:OpenCity"] = $"Data Source={_file}",
            };
        settings["OpenCity:Auth:SigningKey"] = TestTokens.SigningKey;

        // Several servers seed and start together in these tests: a first query may wait for the CPU.
        settings["OpenCity:GraphQL:Limits:Timeout"] = "00:01:00";
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file!, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }
}
