using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenCity.Data.PostgreSql;

namespace OpenCity.Data.Tests.Persistence;

public sealed class PostgreSqlLegacyUpgradeTests : LegacyUpgradeTests
{
    private readonly List<string> _databases = [];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var name in _databases)
        {
            await PostgreSqlTestServer.DropDatabaseAsync(name);
        }
    }

    /// <summary>What the initializer used to repair at every start, a baselined database gets once.</summary>
    [Fact]
    public async Task A_database_made_before_some_indexes_gets_them_with_pg_trgm_and_planner_statistics()
    {
        var legacy = await CreateLegacyDatabaseAsync();
        await using var context = CreateContext(legacy);
        var folded = PostgreSqlCaseInsensitiveIndexes.Indexes(context.Model).Select(i => i.Name).Order(StringComparer.Ordinal).ToList();
        await context.Database.ExecuteSqlRawAsync("DROP EXTENSION pg_trgm CASCADE");
        foreach (var name in folded.Append("ix_components_geometry_geography"))
        {
#pragma warning disable EF1002 // names from the model
            await context.Database.ExecuteSqlRawAsync($"DROP INDEX IF EXISTS \"{name}\"");
#pragma warning restore EF1002
        }

        await legacy.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

        var indexes = await context.Database
            .SqlQueryRaw<string>("SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE '%\\_folded%' ORDER BY 1")
            .ToListAsync();
        Assert.Equal(["ix_components_code_folded", "ix_components_name_folded", "ix_components_name_folded_trgm",
            "ix_governance_units_name_folded", "ix_governance_units_name_folded_trgm"], folded);
        Assert.Equal(folded, indexes.Order(StringComparer.Ordinal));
        var statistics = await context.Database
            .SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM pg_stats WHERE tablename = 'ix_components_geometry_geography'")
            .SingleAsync();
        Assert.True(statistics > 0, "the recreated expression index has no statistics");
    }

    protected override string LegacyScriptName => "postgresql-before-migrations.sql";

    protected override async Task<IReadOnlyDictionary<string, string?>> CreateDatabaseAsync()
    {
        var name = PostgreSqlTestServer.NewDatabaseName();
        _databases.Add(name);
        return new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:OpenCity"] = await PostgreSqlTestServer.CreateDatabaseAsync(name),
        };
    }

    /// <summary>On a connection of its own, so that the server's data source first connects once PostGIS exists, as it did with the old code.</summary>
    protected override async Task ExecuteLegacyScriptAsync(IServiceProvider services, string script)
    {
        await using var context = CreateContext(services);
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgreSqlTestServer.AdminConnectionString)
        {
            Database = new NpgsqlConnectionStringBuilder(context.Database.GetConnectionString()).Database,
        }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(script, connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task<List<string>> DescribeSchemaAsync(OpenCityDbContext context) =>
        await context.Database.SqlQueryRaw<string>(
            """
            SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                   || COALESCE(' COLLATE ' || co.collname, '') || ' identity=' || a.attidentity::text
                   || COALESCE(' default ' || pg_get_expr(d.adbin, d.adrelid), '') AS "Value"
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            LEFT JOIN pg_collation co ON co.oid = a.attcollation AND co.collname <> 'default'
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
            UNION ALL
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL
            SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            UNION ALL
            SELECT 'extension ' || extname FROM pg_extension
            ORDER BY 1
            """).ToListAsync();
}
