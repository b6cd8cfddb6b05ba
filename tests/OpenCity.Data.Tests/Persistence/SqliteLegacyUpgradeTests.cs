using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OpenCity.Data.Tests.Persistence;

public sealed class SqliteLegacyUpgradeTests : LegacyUpgradeTests
{
    private readonly List<string> _paths = [];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var path in _paths)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }

    protected override string LegacyScriptName => "sqlite-before-migrations.sql";

    protected override Task<IReadOnlyDictionary<string, string?>> CreateDatabaseAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"opencity-test-{Guid.NewGuid():N}.db");
        _paths.Add(path);
        return Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = "Sqlite",
            ["ConnectionStrings:OpenCity"] = $"Data Source={path}",
        });
    }

    /// <summary>Through the server's own connection: the R*Tree statements call its spatial functions.</summary>
    protected override async Task ExecuteLegacyScriptAsync(IServiceProvider services, string script)
    {
        await using var context = CreateContext(services);
#pragma warning disable EF1002 // a script of the repository's
        await context.Database.ExecuteSqlRawAsync(script);
#pragma warning restore EF1002
    }

    /// <remarks>Without EF Core's lock table, which its first migration run leaves behind.</remarks>
    protected override async Task<List<string>> DescribeSchemaAsync(OpenCityDbContext context)
    {
        var objects = await context.Database.SqlQueryRaw<string>(
            """
            SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || COALESCE(sql, '') AS "Value"
            FROM sqlite_master WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name <> '__EFMigrationsLock'
            """).ToListAsync();
        var columns = await context.Database.SqlQueryRaw<string>(
            """
            SELECT m.name || '.' || p.name || ' ' || p.type || ' notnull=' || p."notnull" || ' pk=' || p.pk || ' default=' || COALESCE(p.dflt_value, '') AS "Value"
            FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table' AND m.name <> '__EFMigrationsLock'
            """).ToListAsync();

        // Whitespace aside: CREATE TABLE text is the same generator's either way, but not always laid out alike.
        return [.. objects.Concat(columns).Select(line => string.Join(' ', line.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))).Order(StringComparer.Ordinal)];
    }
}
