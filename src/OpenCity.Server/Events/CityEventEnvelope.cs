using System.Text.Json;

namespace OpenCity.Server.Events;

/// <summary>An event as it travels from the outbox to subscribers: its place in the city's sequence, its type and its body.</summary>
/// <param name="Sequence">Grows by one per event in commit order, city-wide; a subscriber that sees a jump has missed events.</param>
/// <param name="Type">The event's name, e.g. <c>ComponentChanged</c>.</param>
/// <param name="OccurredAt">When the change was committed (UTC).</param>
/// <param name="Payload">The event's fields.</param>
public sealed record CityEventEnvelope(long Sequence, string Type, DateTime OccurredAt, JsonElement Payload)
{
    /// <summary>The body as its record type, when <see cref="Type"/> names <typeparamref name="TEvent"/>.</summary>
    public bool TryRead<TEvent>(out TEvent? value)
        where TEvent : ICityEvent
    {
        value = Type == TEvent.Type ? Payload.Deserialize<TEvent>(EventJson.Options) : default;
        return value is not null;
    }
}
