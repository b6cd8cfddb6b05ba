using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OpenCity.Data.Sqlite;

/// <summary>Schema steps only SQLite needs.</summary>
internal static class SqliteDatabaseFacadeExtensions
{
    /// <summary>Write-ahead logging lets readers run while a writer commits; the mode is stored in the file.</summary>
    public static async Task UseWriteAheadLogAsync(this DatabaseFacade database, CancellationToken cancellationToken) =>
        await database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL", cancellationToken);

    public static async Task<bool> SqliteTableExistsAsync(this DatabaseFacade database, string table, CancellationToken cancellationToken) =>
        await database.SqlQuery<long>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}")
            .SingleAsync(cancellationToken) > 0;
}
