namespace OpenCity.Server.Telemetry;

/// <summary>The new readings of one component and metric in one write, summed up for its event and audit entry.</summary>
public sealed record RecordedSeries(
    long ComponentId, string Metric, int Count, DateTime FirstMeasuredAt, DateTime LastMeasuredAt, double LatestValue, string LatestUnit, double MinValue, double MaxValue)
{
    /// <summary>This series with one more new reading.</summary>
    public RecordedSeries With(DateTime measuredAt, double value, string unit) => new(
        ComponentId,
        Metric,
        Count + 1,
        measuredAt < FirstMeasuredAt ? measuredAt : FirstMeasuredAt,
        measuredAt >= LastMeasuredAt ? measuredAt : LastMeasuredAt,
        measuredAt >= LastMeasuredAt ? value : LatestValue,
        measuredAt >= LastMeasuredAt ? unit : LatestUnit,
        Math.Min(MinValue, value),
        Math.Max(MaxValue, value));

    /// <summary>This series and <paramref name="other"/> (of the same component and metric) as one.</summary>
    public RecordedSeries Merge(RecordedSeries other) => new(
        ComponentId,
        Metric,
        Count + other.Count,
        other.FirstMeasuredAt < FirstMeasuredAt ? other.FirstMeasuredAt : FirstMeasuredAt,
        other.LastMeasuredAt >= LastMeasuredAt ? other.LastMeasuredAt : LastMeasuredAt,
        other.LastMeasuredAt >= LastMeasuredAt ? other.LatestValue : LatestValue,
        other.LastMeasuredAt >= LastMeasuredAt ? other.LatestUnit : LatestUnit,
        Math.Min(MinValue, other.MinValue),
        Math.Max(MaxValue, other.MaxValue));

    public static RecordedSeries Of(long componentId, string metric, DateTime measuredAt, double value, string unit) =>
        new(componentId, metric, 1, measuredAt, measuredAt, value, unit, value, value);
}
