using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace OpenCity.Server.Events;

/// <summary>
/// The process's event bus: the outbox dispatcher (and, from other instances, Redis) publishes each
/// committed event once, and every subscriber gets it in its own bounded queue, so a slow subscriber
/// never holds up the others or grows memory. Delivery is at least once: after a crash an event may
/// come again with the same <see cref="CityEventEnvelope.Sequence"/>, which a subscriber drops.
/// </summary>
public sealed class CityEventBus(IOptions<CityEventOptions> options, CityEventMetrics metrics)
{
    private readonly Lock _lock = new();
    // Copied on change, so publishing reads a snapshot without a lock.
    private CityEventSubscription[] _subscribers = [];

    private long _opened;

    /// <summary>The subscriptions open now.</summary>
    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    /// <summary>The subscriptions opened since the start, closed or not: what was opened after a given moment shows in it even while others close.</summary>
    public long SubscriptionsOpened => Interlocked.Read(ref _opened);

    /// <summary>Subscribes from the next published event on; cheap (one bounded channel). Dispose the subscription to leave.</summary>
    /// <param name="capacity">Events kept while the subscriber lags; <c>OpenCity:Events:SubscriberCapacity</c> when null.</param>
    public CityEventSubscription Subscribe(int? capacity = null)
    {
        var size = capacity ?? options.Value.SubscriberCapacity;
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(capacity));
        var subscription = new CityEventSubscription(size, metrics, Unsubscribe);
        lock (_lock)
        {
            _subscribers = [.. _subscribers, subscription];
        }

        Interlocked.Increment(ref _opened);

        return subscription;
    }

    /// <summary>The events published from the start of the enumeration until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async IAsyncEnumerable<CityEventEnvelope> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = Subscribe();
        await foreach (var envelope in subscription.Reader.ReadAllAsync(cancellationToken))
        {
            yield return envelope;
        }
    }

    /// <summary>Hands the event to every subscriber; never waits for one.</summary>
    public void Publish(CityEventEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            subscriber.Offer(envelope);
        }
    }

    private void Unsubscribe(CityEventSubscription subscription)
    {
        lock (_lock)
        {
            _subscribers = _subscribers.Where(s => s != subscription).ToArray();
        }
    }
}
