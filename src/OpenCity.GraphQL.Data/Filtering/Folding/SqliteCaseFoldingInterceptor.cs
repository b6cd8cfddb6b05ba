using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenCity.GraphQL.Data.Filtering.Folding;

/// <summary>
/// Registers <c>opencity_fold(x)</c>, <see cref="CaseFolding.Fold(string)"/> computed in .NET, on
/// every SQLite connection a context opens. Deterministic, so SQLite may evaluate it once per value.
/// </summary>
internal sealed class SqliteCaseFoldingInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string?>(CaseFolding.SqliteFunction, CaseFolding.Fold, isDeterministic: true);
        }
    }
}
