namespace OpenCity.Server.Events;

/// <summary>How committed events travel from the outbox to subscribers, bound from <c>OpenCity:Events</c>.</summary>
public sealed class CityEventOptions
{
    public const string SectionName = "OpenCity:Events";

    /// <summary>
    /// How often the dispatcher looks at the outbox without being woken: this process's own writes
    /// wake it at once, so the poll is the safety net for commits of other instances.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most events one dispatch round reads from the outbox.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Events kept for a subscriber that reads slower than they come; past it the oldest are dropped (and counted).</summary>
    public int SubscriberCapacity { get; set; } = 1024;

    /// <summary>The Redis pub/sub channel instances share their events on (one per city, when several share one Redis).</summary>
    public string RedisChannel { get; set; } = "opencity:events";
}
