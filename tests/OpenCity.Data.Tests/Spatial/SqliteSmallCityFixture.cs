using Microsoft.Data.Sqlite;

namespace OpenCity.Data.Tests.Spatial;

/// <summary>The small city in a SQLite file.</summary>
public sealed class SqliteSmallCityFixture : SmallCityDatabaseFixture
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"opencity-spatial-{Guid.NewGuid():N}.db");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }

    protected override Task<Dictionary<string, string?>> ConfigureAsync() => Task.FromResult(new Dictionary<string, string?>
    {
        ["OpenCity:Database:Provider"] = "Sqlite",
        ["OpenCity:Database:SeedOnStartup"] = "false",
        ["ConnectionStrings:OpenCity"] = $"Data Source={_file}",
    });
}
