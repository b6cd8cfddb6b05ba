using System.Runtime.InteropServices;
using OpenCity.Server.Telemetry;

namespace OpenCity.Server.Ingestion;

/// <summary>The new readings of an ingestion summed up per component and metric, whichever way each chunk was stored.</summary>
internal sealed class RecordedSeriesSet
{
    private readonly Dictionary<(long, string), RecordedSeries> _series = [];

    public void Add(long componentId, ReadingLine line) =>
        Add(RecordedSeries.Of(componentId, line.Metric, line.MeasuredAt, line.Value, line.UnitOfMeasure));

    public void Add(RecordedSeries series)
    {
        ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(_series, (series.ComponentId, series.Metric), out var exists);
        total = exists ? total!.Merge(series) : series;
    }

    public IReadOnlyList<RecordedSeries> ToList() => [.. _series.Values];
}
