using Microsoft.Data.Sqlite;

namespace OpenCity.Data.Tests.Persistence;

public sealed class SqliteTextOrderTests : TextOrderTests
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"opencity-test-{Guid.NewGuid():N}.db");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["OpenCity:Database:Provider"] = "Sqlite",
        ["OpenCity:Database:SeedOnStartup"] = "false",
        ["ConnectionStrings:OpenCity"] = $"Data Source={_file}",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }
}
