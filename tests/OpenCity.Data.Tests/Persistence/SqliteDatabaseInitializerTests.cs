using Microsoft.Data.Sqlite;

namespace OpenCity.Data.Tests.Persistence;

public sealed class SqliteDatabaseInitializerTests : DatabaseInitializerTests
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"opencity-test-{Guid.NewGuid():N}.db");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    protected override Task<IReadOnlyDictionary<string, string?>> CreateDatabaseAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = "Sqlite",
            ["ConnectionStrings:OpenCity"] = $"Data Source={_path}",
        });
}
