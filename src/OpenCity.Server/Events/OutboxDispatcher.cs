using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;
using OpenCity.Data;
using OpenCity.Domain.Events;
using OpenCity.GraphQL.Transport.Availability;
using OpenCity.Server.Writes;

namespace OpenCity.Server.Events;

/// <summary>
/// Sends committed events out of the outbox, in sequence order: to the local <see cref="CityEventBus"/>,
/// to Redis when it is configured, then marks them dispatched. It starts once the database is ready,
/// with every event a previous process committed but did not dispatch (so a crash between commit and
/// dispatch loses nothing), then runs whenever a write of this process wakes it, and at least every
/// <see cref="CityEventOptions.PollInterval"/> for the commits of other instances. Delivery is at least
/// once: an event sent just before a crash is sent again, with the same sequence number. On PostgreSQL
/// one instance at a time dispatches (an advisory lock it tries; the others skip that round), so the
/// order holds across instances.
/// </summary>
public sealed partial class OutboxDispatcher(
    IDbContextFactory<OpenCityDbContext> contexts,
    CityEventBus bus,
    OutboxSignal signal,
    ServerReadiness readiness,
    IOptions<CityEventOptions> options,
    CityEventMetrics metrics,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger,
    RedisEventRelay? redis = null) : BackgroundService
{

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.Startup.WaitAsync(stoppingToken);
        }
        catch (Exception)
        {
            // Start-up failed or the server stops first: the outbox stays as it is for the next start.
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await DispatchPendingAsync(stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is not marked dispatched goes out at the next start.
        }
    }

    private async Task DispatchPendingAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await DispatchBatchAsync(cancellationToken))
            {
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The database is away (or the round failed): the events wait in the outbox for the next round.
            LogDispatchFailed(logger, exception.Message, exception);
        }
    }

    /// <summary>One round: the oldest waiting events, published and marked; true when more may be waiting.</summary>
    private async Task<bool> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var batchSize = options.Value.BatchSize;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await AnyPendingAsync(db, cancellationToken))
        {
            return false;
        }

        var postgres = db.Database.IsNpgsql();

        // SQLite serves one process per file, and an explicit transaction there would block writers.
        await using var transaction = postgres ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (postgres && !await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({AdvisoryLockKeys.OutboxDispatch}) AS \"Value\"").SingleAsync(cancellationToken))
        {
            return false;
        }

        var pending = await db.Outbox.AsNoTracking()
            .Where(e => e.DispatchedAt == null)
            .OrderBy(e => e.Sequence)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return false;
        }

        var envelopes = pending.Select(ToEnvelope).ToList();
        foreach (var envelope in envelopes)
        {
            bus.Publish(envelope);
        }

        if (redis is not null)
        {
            // Not retried when Redis is down (see RedisEventRelay): local subscribers must not wait for it.
            await redis.PublishAsync(envelopes, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        long first = pending[0].Sequence, last = pending[^1].Sequence;
        await db.Outbox
            .Where(e => e.DispatchedAt == null && e.Sequence >= first && e.Sequence <= last)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.DispatchedAt, now), cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var e in pending)
        {
            metrics.Dispatched(e.OccurredAt, now);
        }

        LogDispatched(logger, pending.Count, first, last);
        return pending.Count == batchSize;
    }

    /// <summary>
    /// Whether any event waits: the idle poll, every second on every instance, so one cheap statement
    /// sent past EF Core, whose traces and statement logs it would otherwise fill (like health probes, it is not traced).
    /// </summary>
    private static async Task<bool> AnyPendingAsync(OpenCityDbContext db, CancellationToken cancellationToken)
    {
        var outbox = db.Model.FindEntityType(typeof(OutboxEvent))!;
        var table = outbox.GetTableName()!;
        var dispatchedAt = outbox.FindProperty(nameof(OutboxEvent.DispatchedAt))!.GetColumnName(StoreObjectIdentifier.Table(table, outbox.GetSchema()))!;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT EXISTS (SELECT 1 FROM \"{table}\" WHERE \"{dispatchedAt}\" IS NULL)";
            return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static CityEventEnvelope ToEnvelope(OutboxEvent e)
    {
        using var payload = JsonDocument.Parse(e.Payload);
        return new CityEventEnvelope(e.Sequence, e.Type, e.OccurredAt, payload.RootElement.Clone());
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dispatched {Count} events ({First}..{Last})")]
    private static partial void LogDispatched(ILogger logger, int count, long first, long last);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dispatching events failed; they wait in the outbox for the next round: {Reason}")]
    private static partial void LogDispatchFailed(ILogger logger, string reason, Exception exception);
}
