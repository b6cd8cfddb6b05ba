using OpenCity.Domain.Components;

namespace OpenCity.Domain.Telemetry;

/// <summary>One telemetry value measured by a component at a moment.</summary>
public sealed class Reading
{
    public long Id { get; set; }

    public long ComponentId { get; set; }

    public CityComponent Component { get; set; } = null!;

    /// <summary>What was measured, e.g. <c>pressure</c>, <c>flow_rate</c>, <c>lux</c>, <c>pm25</c>.</summary>
    public required string Metric { get; set; }

    /// <summary>When it was measured, in UTC.</summary>
    public DateTime MeasuredAt { get; set; }

    public double Value { get; set; }

    /// <summary>Unit of measure, e.g. <c>bar</c>, <c>l/s</c>, <c>lx</c>, <c>µg/m³</c>.</summary>
    public required string UnitOfMeasure { get; set; }
}
