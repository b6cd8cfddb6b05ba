using OpenCity.Domain.Components;
using OpenCity.Server.Events;
using OpenCity.Server.Writes;

namespace OpenCity.Server.Telemetry;

/// <summary>How every write path (<c>recordReadings</c>, <c>POST /ingest/readings</c>) announces new readings: per component and metric, an audit entry and a <see cref="ReadingsRecorded"/> event.</summary>
public static class ReadingEvents
{
    /// <summary>The audit trail's name for readings.</summary>
    public const string EntityType = "Readings";

    /// <param name="write">The write the readings are part of.</param>
    /// <param name="component">Their component, with its owner and grid loaded.</param>
    /// <param name="series">The new readings of one of its metrics.</param>
    public static void Announce(CityWrite write, CityComponent component, RecordedSeries series)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(series);
        write.Audit(EntityType, component.Code, null, new { metric = series.Metric, count = series.Count, first = series.FirstMeasuredAt, last = series.LastMeasuredAt });
        write.Publish(new ReadingsRecorded(
            component.Code,
            component.Kind.ToString(),
            component.Domain.ToString(),
            component.Owner?.Code,
            component.GridUnit?.Code,
            component.Sensitivity == Sensitivity.Restricted,
            series.Metric,
            series.LatestUnit,
            series.Count,
            series.FirstMeasuredAt,
            series.LastMeasuredAt,
            series.LatestValue,
            series.MinValue,
            series.MaxValue));
    }
}
