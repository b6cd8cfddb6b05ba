using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCity.Data;
using OpenCity.Domain.Events;

namespace OpenCity.Server.Events;

/// <summary>
/// Reads committed events back from the outbox (the database all instances share), for an instance
/// that missed them on Redis: what was dispatched while its subscription to Redis was down.
/// </summary>
public sealed class OutboxReplay(IDbContextFactory<OpenCityDbContext> contexts)
{
    /// <summary>The newest sequence already dispatched (null when none): where an instance that just subscribed starts.</summary>
    public async Task<long?> LastDispatchedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Outbox.Where(e => e.DispatchedAt != null).MaxAsync(e => (long?)e.Sequence, cancellationToken);
    }

    /// <summary>
    /// The events after <paramref name="after"/> and before <paramref name="before"/> (open ends when
    /// null), in sequence order; at most the newest <paramref name="limit"/> of them, since a subscriber
    /// keeps no more than that anyway.
    /// </summary>
    public async Task<IReadOnlyList<CityEventEnvelope>> ReadAsync(long after, long? before, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var events = db.Outbox.AsNoTracking().Where(e => e.Sequence > after);
        if (before is { } end)
        {
            events = events.Where(e => e.Sequence < end);
        }

        var newest = await events.OrderByDescending(e => e.Sequence).Take(limit).ToListAsync(cancellationToken);
        newest.Reverse();
        return newest.Select(ToEnvelope).ToList();
    }

    private static CityEventEnvelope ToEnvelope(OutboxEvent e)
    {
        using var payload = JsonDocument.Parse(e.Payload);
        return new CityEventEnvelope(e.Sequence, e.Type, e.OccurredAt, payload.RootElement.Clone());
    }
}
