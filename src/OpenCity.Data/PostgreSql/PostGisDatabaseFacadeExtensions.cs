using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace OpenCity.Data.PostgreSql;

/// <summary>Schema steps only PostgreSQL needs.</summary>
internal static class PostGisDatabaseFacadeExtensions
{
    /// <summary>
    /// Creates the PostGIS extension before any table uses its types, then makes Npgsql reload
    /// the database's types: a data source that connected before the extension existed does not know <c>geometry</c>.
    /// </summary>
    public static async Task EnsurePostGisAsync(this DatabaseFacade database, CancellationToken cancellationToken)
    {
        await database.ExecuteSqlRawAsync("CREATE EXTENSION IF NOT EXISTS postgis", cancellationToken);
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await ((NpgsqlConnection)database.GetDbConnection()).ReloadTypesAsync(cancellationToken);
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }

    public static async Task<bool> PostgreSqlTableExistsAsync(this DatabaseFacade database, string table, CancellationToken cancellationToken) =>
        await database.SqlQuery<bool>($"SELECT to_regclass({table}) IS NOT NULL AS \"Value\"").SingleAsync(cancellationToken);

    /// <summary>The names of the indexes in the current schema.</summary>
    public static async Task<List<string>> PostgreSqlIndexNamesAsync(this DatabaseFacade database, CancellationToken cancellationToken) =>
        await database.SqlQuery<string>($"SELECT indexname::text AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema()").ToListAsync(cancellationToken);
}
