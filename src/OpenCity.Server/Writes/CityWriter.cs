using Microsoft.EntityFrameworkCore;
using OpenCity.Data;
using OpenCity.Domain.Events;
using OpenCity.GraphQL.Data.Mutations;
using OpenCity.Server.Auth;
using OpenCity.Server.Events;

namespace OpenCity.Server.Writes;

/// <summary>
/// Runs every mutation the same way: one transaction holding the change, its audit entries and
/// its outbox events, committed together or not at all. Work that answers with errors, throws or
/// is cancelled leaves nothing behind; two writers of one object meet at its version, and the
/// loser is answered <see cref="ConflictError"/>. After the commit the outbox dispatcher is woken.
/// </summary>
public sealed class CityWriter(IDbContextFactory<OpenCityDbContext> contexts, OutboxSignal outbox, TimeProvider clock)
{
    public async Task<MutationPayload<T>> WriteAsync<T>(
        Caller caller, string operation, Func<CityWrite, Task<MutationPayload<T>>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var write = new CityWrite(db, caller, operation, clock.GetUtcNow().UtcDateTime);
        MutationPayload<T> payload;
        try
        {
            payload = await work(write);
            if (payload.Failed)
            {
                return payload;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.AuditLog.AddRange(write.AuditEntries);
            await AppendEventsAsync(db, write, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            return MutationPayload<T>.Failure(await ConflictError.FromAsync(conflict));
        }

        if (write.Events.Count > 0)
        {
            outbox.Notify();
        }

        return payload;
    }

    /// <summary>
    /// Numbers the events after the last committed one. On PostgreSQL a transaction-scoped advisory
    /// lock, taken last and held until commit, makes writers number and commit one after another,
    /// so sequence order is commit order; SQLite's write transactions are serial already.
    /// </summary>
    private static async Task AppendEventsAsync(OpenCityDbContext db, CityWrite write, CancellationToken cancellationToken)
    {
        if (write.Events.Count == 0)
        {
            return;
        }

        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKeys.OutboxNumbering})", cancellationToken);
        }

        var last = await db.Outbox.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        foreach (var (type, change) in write.Events)
        {
            db.Outbox.Add(new OutboxEvent
            {
                Sequence = ++last,
                Type = type,
                Payload = EventJson.ToElement(change).GetRawText(),
                OccurredAt = write.Now,
            });
        }
    }
}
