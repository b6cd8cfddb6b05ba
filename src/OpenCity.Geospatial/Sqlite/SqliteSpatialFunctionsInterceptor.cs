using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenCity.Geospatial.Sqlite;

/// <summary>Registers <see cref="SqliteSpatialFunctions"/> on every connection a context opens.</summary>
internal sealed class SqliteSpatialFunctionsInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SqliteSpatialFunctions.Register((SqliteConnection)connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SqliteSpatialFunctions.Register((SqliteConnection)connection);
        return Task.CompletedTask;
    }
}
