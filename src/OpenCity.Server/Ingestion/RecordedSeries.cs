namespace OpenCity.Server.Ingestion;

/// <summary>The new readings of one component and metric in one ingestion, summed up for its event and audit entry.</summary>
public sealed record RecordedSeries(
    long ComponentId, string Metric, int Count, DateTime FirstMeasuredAt, DateTime LastMeasuredAt, double LatestValue, string LatestUnit, double MinValue, double MaxValue)
{
    /// <summary>This series with one more new reading.</summary>
    public RecordedSeries With(ReadingLine line) => new(
        ComponentId,
        Metric,
        Count + 1,
        line.MeasuredAt < FirstMeasuredAt ? line.MeasuredAt : FirstMeasuredAt,
        line.MeasuredAt >= LastMeasuredAt ? line.MeasuredAt : LastMeasuredAt,
        line.MeasuredAt >= LastMeasuredAt ? line.Value : LatestValue,
        line.MeasuredAt >= LastMeasuredAt ? line.UnitOfMeasure : LatestUnit,
        Math.Min(MinValue, line.Value),
        Math.Max(MaxValue, line.Value));

    public static RecordedSeries Of(long componentId, ReadingLine line) =>
        new(componentId, line.Metric, 1, line.MeasuredAt, line.MeasuredAt, line.Value, line.UnitOfMeasure, line.Value, line.Value);
}
