namespace OpenCity.Server.Subscriptions;

/// <summary>One event as a subscription delivers it.</summary>
/// <param name="Sequence">The event's place in the city's sequence (for a sample: the latest event in it).</param>
/// <param name="OccurredAt">When the change was committed (UTC).</param>
/// <param name="Missed">Events of the city this subscription could not check since its previous delivery (it fell behind, or the link between servers lost them).</param>
/// <param name="Event">What happened.</param>
public sealed record EventDelivery<TEvent>(long Sequence, DateTime OccurredAt, long Missed, TEvent Event);
