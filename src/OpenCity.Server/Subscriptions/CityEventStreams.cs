using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using OpenCity.Data;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.GraphQL.Data.Subscriptions;
using OpenCity.Server.Events;

namespace OpenCity.Server.Subscriptions;

/// <summary>
/// The sources of the subscription fields: each subscription reads every event of the city from its
/// own bounded queue on the <see cref="CityEventBus"/>, in sequence order, and delivers those its
/// audience may see and asked for. What many subscriptions ask of one event (where its asset is,
/// whether it passes a given filter for a given reader, the value before it) is worked out once per
/// event (<see cref="CityEventEnvelope.FactAsync"/>), so the database is asked once per event and
/// distinct question, not once per subscriber.
/// </summary>
public sealed partial class CityEventStreams(
    CityEventBus bus,
    IDbContextFactory<OpenCityDbContext> contexts,
    VisibilityScope scope,
    TimeProvider time,
    ILogger<CityEventStreams> logger)
{
    public IObservable<object?> ComponentChanges(EventAudience audience) =>
        new AsyncEnumerableObservable<object?>(cancellationToken => ComponentChangesAsync(audience, cancellationToken));

    public IObservable<object?> ReadingsRecorded(EventAudience audience, string? metric, TimeSpan? sampleEvery) =>
        new AsyncEnumerableObservable<object?>(cancellationToken => ReadingsRecordedAsync(audience, metric, sampleEvery, cancellationToken));

    public IObservable<object?> ThresholdCrossings(EventAudience audience, string metric, double? above, double? below) =>
        new AsyncEnumerableObservable<object?>(cancellationToken => ThresholdCrossingsAsync(audience, metric, above, below, cancellationToken));

    public IObservable<object?> ServiceRequestChanges(IReadOnlyList<EventFence> fences, string? category, string? status) =>
        new AsyncEnumerableObservable<object?>(cancellationToken => ServiceRequestChangesAsync(fences, category, status, cancellationToken));

    public IObservable<object?> ObservationsPublished(string? indicator) =>
        new AsyncEnumerableObservable<object?>(cancellationToken => ObservationsPublishedAsync(indicator, cancellationToken));

    private async IAsyncEnumerable<object?> ComponentChangesAsync(EventAudience audience, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = bus.Subscribe();
        var sequence = new SequenceTracker();
        await foreach (var envelope in subscription.Reader.ReadAllAsync(cancellationToken))
        {
            if (!sequence.Accept(envelope.Sequence) || !envelope.TryRead<ComponentChanged>(out var change)
                || !audience.Visibility.Shows(change!.Restricted, change.OwnerCode))
            {
                continue;
            }

            var matches = await MatchesAsync(envelope, audience, change.Code, () => Task.FromResult<Geometry?>(GeoJsonReader.Read(change.Geometry)), sequence, cancellationToken);
            if (matches)
            {
                yield return new EventDelivery<ComponentChanged>(envelope.Sequence, envelope.OccurredAt, sequence.TakeMissed(), change);
            }
        }
    }

    private async IAsyncEnumerable<object?> ReadingsRecordedAsync(
        EventAudience audience, string? metric, TimeSpan? sampleEvery, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = bus.Subscribe();
        var reader = subscription.Reader;
        var sequence = new SequenceTracker();

        // Within a sampling window the newest news of each asset and metric wins; counts and ranges add up.
        var sample = new Dictionary<(string, string), EventDelivery<ReadingsRecorded>>();
        DateTimeOffset? due = null;
        while (true)
        {
            while (reader.TryRead(out var envelope))
            {
                if (!sequence.Accept(envelope.Sequence) || !envelope.TryRead<ReadingsRecorded>(out var readings)
                    || (metric is not null && readings!.Metric != metric) || !audience.Visibility.Shows(readings!.Restricted, readings.OwnerCode)
                    || !await MatchesAsync(envelope, audience, readings.Code, () => GeometryOfAsync(readings.Code, cancellationToken), sequence, cancellationToken))
                {
                    continue;
                }

                var delivery = new EventDelivery<ReadingsRecorded>(envelope.Sequence, envelope.OccurredAt, sequence.TakeMissed(), readings);
                if (sampleEvery is null)
                {
                    yield return delivery;
                    continue;
                }

                var key = (readings.Code, readings.Metric);
                sample[key] = sample.TryGetValue(key, out var earlier) ? Combine(earlier, delivery) : delivery;
                due ??= time.GetUtcNow() + sampleEvery.Value;
            }

            if (due is { } at && time.GetUtcNow() >= at)
            {
                foreach (var delivery in sample.Values.OrderBy(d => d.Sequence))
                {
                    yield return delivery;
                }

                sample.Clear();
                due = null;
            }

            if (!await WaitAsync(reader, due, cancellationToken))
            {
                yield break;
            }
        }
    }

    private async IAsyncEnumerable<object?> ThresholdCrossingsAsync(
        EventAudience audience, string metric, double? above, double? below, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = bus.Subscribe();
        var sequence = new SequenceTracker();

        // The newest value of each asset seen so far: a crossing is relative to it.
        var latest = new Dictionary<string, double>(StringComparer.Ordinal);
        await foreach (var envelope in subscription.Reader.ReadAllAsync(cancellationToken))
        {
            if (!sequence.Accept(envelope.Sequence) || !envelope.TryRead<ReadingsRecorded>(out var readings) || readings!.Metric != metric
                || !audience.Visibility.Shows(readings.Restricted, readings.OwnerCode)
                || !await MatchesAsync(envelope, audience, readings.Code, () => GeometryOfAsync(readings.Code, cancellationToken), sequence, cancellationToken))
            {
                continue;
            }

            var before = latest.TryGetValue(readings.Code, out var known) ? known : await ValueBeforeAsync(envelope, readings, sequence, cancellationToken);

            latest[readings.Code] = readings.LatestValue;
            var missed = sequence.TakeMissed();
            if (above is { } high && !(before > high) && readings.MaxValue > high)
            {
                yield return Crossing(envelope, missed, readings, ThresholdDirection.Above, high, readings.MaxValue);
                missed = 0;
            }

            if (below is { } low && !(before < low) && readings.MinValue < low)
            {
                yield return Crossing(envelope, missed, readings, ThresholdDirection.Below, low, readings.MinValue);
            }
        }
    }

    private async IAsyncEnumerable<object?> ServiceRequestChangesAsync(
        IReadOnlyList<EventFence> fences, string? category, string? status, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = bus.Subscribe();
        var sequence = new SequenceTracker();
        await foreach (var envelope in subscription.Reader.ReadAllAsync(cancellationToken))
        {
            // Reports' events carry only what anyone may read (the rounded location, no words), so no visibility check.
            if (!sequence.Accept(envelope.Sequence) || !envelope.TryRead<ServiceRequestChanged>(out var change)
                || (category is not null && change!.Category != category) || (status is not null && change!.NewStatus != status))
            {
                continue;
            }

            if (fences.Count > 0)
            {
                var location = await envelope.FactAsync(("location", change!.Code), () => Task.FromResult<Geometry?>(GeoJsonReader.Read(change.Location)));
                if (!fences.All(f => f.Contains(location)))
                {
                    continue;
                }
            }

            yield return new EventDelivery<ServiceRequestChanged>(envelope.Sequence, envelope.OccurredAt, sequence.TakeMissed(), change!);
        }
    }

    private async IAsyncEnumerable<object?> ObservationsPublishedAsync(string? indicator, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = bus.Subscribe();
        var sequence = new SequenceTracker();
        await foreach (var envelope in subscription.Reader.ReadAllAsync(cancellationToken))
        {
            if (sequence.Accept(envelope.Sequence) && envelope.TryRead<ObservationsPublished>(out var published)
                && (indicator is null || published!.Indicator == indicator))
            {
                yield return new EventDelivery<ObservationsPublished>(envelope.Sequence, envelope.OccurredAt, sequence.TakeMissed(), published!);
            }
        }
    }

    /// <summary>
    /// Whether an asset's event is inside the audience's areas and passes its filter (checked in the
    /// database, as the lists check it, with the audience's visibility). When the database does not
    /// answer the event is counted as missed rather than guessed.
    /// </summary>
    private async Task<bool> MatchesAsync(
        CityEventEnvelope envelope, EventAudience audience, string code, Func<Task<Geometry?>> geometryOf, SequenceTracker sequence, CancellationToken cancellationToken)
    {
        try
        {
            if (audience.Fences.Count > 0)
            {
                var geometry = await envelope.FactAsync(("geometry", code), geometryOf);
                if (!audience.Fences.All(f => f.Contains(geometry)))
                {
                    return false;
                }
            }

            if (audience.Where is not { } where)
            {
                return true;
            }

            return await envelope.FactAsync(("where", audience.WhereKey, audience.Visibility, code), () => scope.RunAsync(audience.Visibility, async () =>
            {
                await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
                return await db.Components.Where(c => c.Code == code).Where(where).AnyAsync(CancellationToken.None);
            })).WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            LogCheckFailed(logger, envelope.Sequence, exception.Message);
            sequence.Miss();
            return false;
        }
    }

    /// <summary>Where an asset is (for readings, whose events do not carry it); shared by every subscription through the event.</summary>
    private async Task<Geometry?> GeometryOfAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Components.IgnoreQueryFilters().Where(c => c.Code == code).Select(c => c.Geometry).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The asset's newest value of the metric before these readings, from the database; null when there is none.</summary>
    private async Task<double?> ValueBeforeAsync(CityEventEnvelope envelope, ReadingsRecorded readings, SequenceTracker sequence, CancellationToken cancellationToken)
    {
        try
        {
            return await envelope.FactAsync(("before", readings.Code, readings.Metric), async () =>
            {
                await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
                return await db.Readings.IgnoreQueryFilters()
                    .Where(r => r.Component.Code == readings.Code && r.Metric == readings.Metric && r.MeasuredAt < readings.FirstMeasuredAt)
                    .OrderByDescending(r => r.MeasuredAt)
                    .Select(r => (double?)r.Value)
                    .FirstOrDefaultAsync(CancellationToken.None);
            }).WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            LogCheckFailed(logger, envelope.Sequence, exception.Message);
            sequence.Miss();
            return null;
        }
    }

    private static EventDelivery<ThresholdCrossing> Crossing(
        CityEventEnvelope envelope, long missed, ReadingsRecorded readings, ThresholdDirection direction, double threshold, double value) =>
        new(envelope.Sequence, envelope.OccurredAt, missed, new ThresholdCrossing(
            readings.Code, readings.Kind, readings.Metric, direction, threshold, value, readings.LatestValue, readings.LastMeasuredAt, readings.UnitOfMeasure));

    /// <summary>Two deliveries of one asset's metric as one: the newer's values, both counts and ranges.</summary>
    private static EventDelivery<ReadingsRecorded> Combine(EventDelivery<ReadingsRecorded> earlier, EventDelivery<ReadingsRecorded> later)
    {
        var (a, b) = (earlier.Event, later.Event);
        var newest = b.LastMeasuredAt >= a.LastMeasuredAt ? b : a;
        return later with
        {
            Missed = earlier.Missed + later.Missed,
            Event = newest with
            {
                Count = a.Count + b.Count,
                FirstMeasuredAt = a.FirstMeasuredAt < b.FirstMeasuredAt ? a.FirstMeasuredAt : b.FirstMeasuredAt,
                MinValue = Math.Min(a.MinValue, b.MinValue),
                MaxValue = Math.Max(a.MaxValue, b.MaxValue),
            },
        };
    }

    /// <summary>Waits for the next event, or until <paramref name="due"/> when a sample is waiting; false once the queue is closed.</summary>
    private async Task<bool> WaitAsync(System.Threading.Channels.ChannelReader<CityEventEnvelope> reader, DateTimeOffset? due, CancellationToken cancellationToken)
    {
        if (due is not { } at)
        {
            return await reader.WaitToReadAsync(cancellationToken);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(at - time.GetUtcNow() is { } left && left > TimeSpan.Zero ? left : TimeSpan.Zero);
        try
        {
            return await reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return true; // The sample is due.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check event {Sequence} for a subscription ({Reason}); it is reported to the subscriber as missed")]
    private static partial void LogCheckFailed(ILogger logger, long sequence, string reason);
}
