using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenCity.Geospatial.Sqlite;

/// <summary>
/// Registers <see cref="SqliteSpatialFunctions"/> on every connection a context opens, each
/// connection with its own <see cref="SqliteStatementCancellation"/>.
/// </summary>
internal sealed class SqliteSpatialFunctionsInterceptor : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<DbConnection, SqliteStatementCancellation> _cancellations = [];

    /// <summary>The cancellation of the statements on a connection this interceptor set up, if it did.</summary>
    public SqliteStatementCancellation? CancellationOf(DbConnection? connection) =>
        connection is not null && _cancellations.TryGetValue(connection, out var cancellation) ? cancellation : null;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private void Register(DbConnection connection) =>
        SqliteSpatialFunctions.Register((SqliteConnection)connection, _cancellations.GetValue(connection, _ => new SqliteStatementCancellation()));
}
