using System.Threading.Channels;

namespace OpenCity.Server.Events;

/// <summary>
/// One subscriber's queue of events from <see cref="CityEventBus"/>, bounded whatever the subscriber
/// does: when it lags by more than its capacity the oldest waiting events are dropped and counted
/// (<see cref="Dropped"/>), and the subscriber sees the jump in <see cref="CityEventEnvelope.Sequence"/>.
/// Dispose it to unsubscribe.
/// </summary>
public sealed class CityEventSubscription : IDisposable
{
    private readonly Channel<CityEventEnvelope> _channel;
    private readonly Action<CityEventSubscription> _unsubscribe;
    private long _dropped;

    internal CityEventSubscription(int capacity, CityEventMetrics metrics, Action<CityEventSubscription> unsubscribe)
    {
        _unsubscribe = unsubscribe;
        _channel = Channel.CreateBounded<CityEventEnvelope>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ =>
            {
                Interlocked.Increment(ref _dropped);
                metrics.Dropped();
            });
    }

    /// <summary>The events in the order they were published; completes once disposed.</summary>
    public ChannelReader<CityEventEnvelope> Reader => _channel.Reader;

    /// <summary>Events dropped because this subscriber lagged by more than its capacity.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    internal void Offer(CityEventEnvelope envelope) => _channel.Writer.TryWrite(envelope);

    public void Dispose()
    {
        _unsubscribe(this);
        _channel.Writer.TryComplete();
    }
}
