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
}
