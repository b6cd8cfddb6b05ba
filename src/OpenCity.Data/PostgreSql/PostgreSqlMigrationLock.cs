using Microsoft.EntityFrameworkCore;

namespace OpenCity.Data.PostgreSql;

/// <summary>
/// A session-level advisory lock, held on a connection of its own while one instance migrates and
/// seeds, so that instances starting together do it once: the others wait, then find nothing left to
/// do. PostgreSQL releases it if the holder dies, so a crashed start never blocks the next one.
/// </summary>
internal sealed class PostgreSqlMigrationLock : IAsyncDisposable
{
    /// <summary>Any number every instance agrees on: "OpenCity" in ASCII. Advisory locks are per database.</summary>
    private const long Key = 0x4F70656E43697479;

    private readonly OpenCityDbContext _context;

    private PostgreSqlMigrationLock(OpenCityDbContext context) => _context = context;

    /// <summary>Waits for the lock (as long as it takes: the holder may be loading a large city); <paramref name="waiting"/> is called if it must.</summary>
    public static async Task<PostgreSqlMigrationLock> AcquireAsync(
        IDbContextFactory<OpenCityDbContext> contextFactory, Action waiting, CancellationToken cancellationToken)
    {
        var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var database = context.Database;
        database.SetCommandTimeout(0);
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (!await database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({Key}) AS \"Value\"").SingleAsync(cancellationToken))
            {
                waiting();
                await database.SqlQuery<string>($"SELECT pg_advisory_lock({Key})::text AS \"Value\"").SingleAsync(cancellationToken);
            }
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }

        return new PostgreSqlMigrationLock(context);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _context.Database.SqlQuery<bool>($"SELECT pg_advisory_unlock({Key}) AS \"Value\"").SingleAsync(CancellationToken.None);
        }
        finally
        {
            // Should the unlock fail, the connection is most likely broken, and its session and lock end with it.
            await _context.Database.CloseConnectionAsync();
            await _context.DisposeAsync();
        }
    }
}
