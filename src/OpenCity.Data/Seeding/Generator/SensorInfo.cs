using OpenCity.Domain.Components;

namespace OpenCity.Data.Seeding;

/// <summary>A generated sensor: its component, what it measures and whether it reports.</summary>
internal sealed record SensorInfo(long ComponentId, MetricDefinition Metric, ComponentStatus Status);
