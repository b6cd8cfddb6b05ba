namespace OpenCity.Server.Events;

/// <summary>
/// A domain event: a fact about a committed change, written to the outbox in the change's own
/// transaction (<see cref="Writes.CityWrite.Publish"/>) and published after the commit.
/// </summary>
public interface ICityEvent
{
    /// <summary>The event's name on the wire and in the outbox, e.g. <c>ComponentChanged</c>.</summary>
    static abstract string Type { get; }
}
