namespace OpenCity.Domain.Events;

/// <summary>
/// A domain event written in the transaction of the change it describes, and published after the
/// commit. The sequence grows with commit order, so subscribers can tell order and gaps.
/// </summary>
public sealed class OutboxEvent
{
    /// <summary>Monotonically increasing across the whole city.</summary>
    public long Sequence { get; set; }

    /// <summary>The event's name, e.g. <c>ComponentChanged</c>.</summary>
    public required string Type { get; set; }

    /// <summary>The event as a JSON object.</summary>
    public required string Payload { get; set; }

    /// <summary>UTC time of the change.</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>UTC time it was handed to the event bus; null while waiting.</summary>
    public DateTime? DispatchedAt { get; set; }
}
