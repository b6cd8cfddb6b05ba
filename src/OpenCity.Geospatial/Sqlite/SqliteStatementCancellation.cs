using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OpenCity.Geospatial.Sqlite;

/// <summary>
/// The cancellation of the statement running on one SQLite connection. Microsoft.Data.Sqlite
/// ignores a token once a statement runs (its <c>Cancel()</c> does nothing), so while a command
/// runs under <see cref="Begin"/> a cancelled token calls <c>sqlite3_interrupt</c>, which stops
/// SQLite between steps, and makes the spatial functions refuse to go on; both end the statement
/// with SQLITE_INTERRUPT.
/// </summary>
internal sealed class SqliteStatementCancellation
{
    private CancellationToken _token;

    /// <summary>Ends the calling function (and so the statement) with SQLITE_INTERRUPT once the statement was cancelled.</summary>
    public void ThrowIfCancelled()
    {
        if (_token.IsCancellationRequested)
        {
            throw new SqliteException("The statement was cancelled.", raw.SQLITE_INTERRUPT);
        }
    }

    /// <summary>Whether an error ended a statement because its token was cancelled.</summary>
    public static bool IsInterruption(Exception exception, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested && exception is SqliteException { SqliteErrorCode: raw.SQLITE_INTERRUPT };

    /// <summary>Runs the connection's statements under <paramref name="cancellationToken"/> until the scope is disposed.</summary>
    public IDisposable Begin(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var previous = _token;
        _token = cancellationToken;
        var registration = cancellationToken.Register(static state => raw.sqlite3_interrupt(((SqliteConnection)state!).Handle), connection);
        return new Scope(this, previous, registration);
    }

    private sealed class Scope(SqliteStatementCancellation owner, CancellationToken previous, CancellationTokenRegistration registration) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;

            // Waits for a running interrupt callback, so none reaches a later statement.
            registration.Dispose();
            owner._token = previous;
        }
    }
}
