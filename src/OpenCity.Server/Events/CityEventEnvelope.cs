using System.Collections.Concurrent;
using System.Text.Json;

namespace OpenCity.Server.Events;

/// <summary>An event as it travels from the outbox to subscribers: its place in the city's sequence, its type and its body.</summary>
/// <param name="Sequence">Grows by one per event in commit order, city-wide; a subscriber that sees a jump has missed events.</param>
/// <param name="Type">The event's name, e.g. <c>ComponentChanged</c>.</param>
/// <param name="OccurredAt">When the change was committed (UTC).</param>
/// <param name="Payload">The event's fields.</param>
public sealed record CityEventEnvelope(long Sequence, string Type, DateTime OccurredAt, JsonElement Payload)
{
    // One envelope reaches every subscriber: what it takes to read or judge it is worked out once.
    private object? _body;
    private ConcurrentDictionary<object, Lazy<Task>>? _facts;

    /// <summary>The body as its record type, when <see cref="Type"/> names <typeparamref name="TEvent"/>; read once for all readers.</summary>
    public bool TryRead<TEvent>(out TEvent? value)
        where TEvent : class, ICityEvent
    {
        if (Type != TEvent.Type)
        {
            value = null;
            return false;
        }

        value = Volatile.Read(ref _body) as TEvent;
        if (value is null)
        {
            value = Payload.Deserialize<TEvent>(EventJson.Options);
            Volatile.Write(ref _body, value);
        }

        return value is not null;
    }

    /// <summary>Equal when the events are: what was worked out from them does not count.</summary>
    public bool Equals(CityEventEnvelope? other) =>
        other is not null && Sequence == other.Sequence && Type == other.Type && OccurredAt == other.OccurredAt
        && Payload.GetRawText() == other.Payload.GetRawText();

    public override int GetHashCode() => HashCode.Combine(Sequence, Type, OccurredAt);

    /// <summary>
    /// A fact about this event that many subscribers ask for (where its asset is, whether it passes a
    /// given filter for a given reader): computed by the first to ask, shared with the others.
    /// </summary>
    /// <param name="key">What the fact is, with everything it depends on (value equality).</param>
    /// <param name="compute">Works it out; run once per event and key.</param>
    public Task<T> FactAsync<T>(object key, Func<Task<T>> compute)
    {
        var facts = LazyInitializer.EnsureInitialized(ref _facts, () => new ConcurrentDictionary<object, Lazy<Task>>());
        return (Task<T>)facts.GetOrAdd(key, static (_, compute) => new Lazy<Task>(compute), compute).Value;
    }
}
