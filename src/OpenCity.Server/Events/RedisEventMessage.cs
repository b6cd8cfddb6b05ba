using System.Text.Json;

namespace OpenCity.Server.Events;

/// <summary>An event as instances share it on Redis: the envelope plus the instance that dispatched it, which skips its own.</summary>
public sealed record RedisEventMessage(string Instance, long Sequence, string Type, DateTime OccurredAt, JsonElement Payload)
{
    public CityEventEnvelope ToEnvelope() => new(Sequence, Type, OccurredAt, Payload);
}
