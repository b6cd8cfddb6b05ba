using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenCity.Data.Sqlite;

/// <summary>
/// Applies the per-connection pragmas whenever EF opens a connection (the connection string
/// switches foreign keys on). Write-ahead logging is set once on the file by <see cref="DatabaseInitializer"/>;
/// with WAL, NORMAL sync survives application crashes and saves an fsync per commit.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
