using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenCity.Geospatial.Sqlite;

/// <summary>
/// Makes a cancelled token stop a running SQLite statement, which Microsoft.Data.Sqlite does not
/// do: each command run with a token runs under the connection's
/// <see cref="SqliteStatementCancellation"/> (until its reader is closed), and a statement it
/// interrupted surfaces as an <see cref="OperationCanceledException"/>, as on other databases,
/// instead of a <see cref="SqliteException"/> that would read as a server fault.
/// </summary>
internal sealed class SqliteStatementInterruptInterceptor(SqliteSpatialFunctionsInterceptor connections) : DbCommandInterceptor
{
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Cancellable(command, result, cancellationToken) is { } cancellation
            ? InterceptionResult<DbDataReader>.SuppressWithResult(Run(command, cancellation, cancellationToken, scope => new InterruptibleDataReader(command.ExecuteReader(), scope, cancellationToken), keepScope: true))
            : result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Cancellable(command, result, cancellationToken) is { } cancellation
            ? InterceptionResult<object>.SuppressWithResult(Run(command, cancellation, cancellationToken, _ => command.ExecuteScalar()!, keepScope: false))
            : result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Cancellable(command, result, cancellationToken) is { } cancellation
            ? InterceptionResult<int>.SuppressWithResult(Run(command, cancellation, cancellationToken, _ => command.ExecuteNonQuery(), keepScope: false))
            : result);

    /// <summary>The connection's cancellation when this command is ours to run: on a spatial SQLite connection, with a token, not already answered.</summary>
    private SqliteStatementCancellation? Cancellable<T>(DbCommand command, InterceptionResult<T> result, CancellationToken cancellationToken)
    {
        if (result.HasResult || !cancellationToken.CanBeCanceled || connections.CancellationOf(command.Connection) is not { } cancellation)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return cancellation;
    }

    /// <summary>Runs a command under the token; the scope ends with it unless a reader keeps it until it is closed.</summary>
    private static T Run<T>(DbCommand command, SqliteStatementCancellation cancellation, CancellationToken cancellationToken, Func<IDisposable, T> execute, bool keepScope)
    {
        var scope = cancellation.Begin((SqliteConnection)command.Connection!, cancellationToken);
        try
        {
            return execute(scope);
        }
        catch (SqliteException exception) when (SqliteStatementCancellation.IsInterruption(exception, cancellationToken))
        {
            keepScope = false;
            throw new OperationCanceledException("The SQLite statement was interrupted because the operation was cancelled.", exception, cancellationToken);
        }
        catch
        {
            keepScope = false;
            throw;
        }
        finally
        {
            if (!keepScope)
            {
                scope.Dispose();
            }
        }
    }
}
