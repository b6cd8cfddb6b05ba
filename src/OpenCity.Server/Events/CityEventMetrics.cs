using System.Diagnostics.Metrics;
using OpenCity.Server.Hosting;

namespace OpenCity.Server.Events;

/// <summary>The event stream's instruments, on the server's own meter (exported with the others).</summary>
public sealed class CityEventMetrics
{
    private readonly Counter<long> _dispatched;
    private readonly Histogram<double> _lag;
    private readonly Counter<long> _dropped;
    private readonly Counter<long> _redisFailures;

    public CityEventMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(SqlStatementsPerRequest.MeterName);
        _dispatched = meter.CreateCounter<long>("opencity.events.dispatched", "{event}", "Events handed from the outbox to the event bus.");
        _lag = meter.CreateHistogram<double>("opencity.events.dispatch_lag", "s", "Time from an event's commit to its dispatch.");
        _dropped = meter.CreateCounter<long>("opencity.events.dropped", "{event}", "Events dropped for subscribers that read slower than events came.");
        _redisFailures = meter.CreateCounter<long>("opencity.events.redis_failures", "{event}", "Events this instance could not publish to Redis (other instances see a gap).");
    }

    public void Dispatched(DateTime occurredAt, DateTime dispatchedAt)
    {
        _dispatched.Add(1);
        _lag.Record(Math.Max(0, (dispatchedAt - occurredAt).TotalSeconds));
    }

    public void Dropped() => _dropped.Add(1);

    public void RedisFailed(int events) => _redisFailures.Add(events);
}
