namespace OpenCity.Benchmarks.Subscriptions;

/// <summary>Every delivery of the run, from all connections: latencies (from the event's commit), and what was lost or refused.</summary>
public sealed class DeliveryLog
{
    private readonly Lock _lock = new();
    private readonly List<double> _latencies = new(1 << 20);
    private readonly List<string> _failures = [];
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public long Missed { get; private set; }

    public long Dropped { get; private set; }

    public DateTime LastReceived { get; private set; }

    public IReadOnlyList<string> Failures
    {
        get
        {
            lock (_lock)
            {
                return [.. _failures];
            }
        }
    }

    public void Delivered(double latencyMs, long missed, long dropped, DateTime received)
    {
        lock (_lock)
        {
            _latencies.Add(latencyMs);
            Missed += missed;
            Dropped += dropped;
            if (received > LastReceived)
            {
                LastReceived = received;
            }
        }

        Interlocked.Increment(ref _count);
    }

    public void Failed(string message)
    {
        lock (_lock)
        {
            _failures.Add(message);
        }
    }

    /// <summary>The latencies recorded so far, and starts a new measurement.</summary>
    public IReadOnlyList<double> TakeLatencies()
    {
        lock (_lock)
        {
            var taken = _latencies.ToList();
            _latencies.Clear();
            Missed = 0;
            Dropped = 0;
            return taken;
        }
    }
}
