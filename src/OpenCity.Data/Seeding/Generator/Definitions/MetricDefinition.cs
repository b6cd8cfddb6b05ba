using OpenCity.Domain.Components;
using OpenCity.Domain.Departments;

namespace OpenCity.Data.Seeding;

/// <summary>A metric sensors measure, which asset they sit on and how its values move over a day.</summary>
public sealed record MetricDefinition
{
    public required string Metric { get; init; }

    public required string UnitOfMeasure { get; init; }

    public required InfrastructureDomain Domain { get; init; }

    /// <summary>The kind of asset the sensor monitors.</summary>
    public required ComponentKind Monitors { get; init; }

    /// <summary>Share of cells with a sensor of this metric.</summary>
    public required double Share { get; init; }

    public required double Base { get; init; }

    /// <summary>Relative noise (standard deviation as a share of the value).</summary>
    public required double Noise { get; init; }

    public required int Decimals { get; init; }

    /// <summary>24 multipliers of <see cref="Base"/>, one per hour of the day (UTC).</summary>
    public required IReadOnlyList<double> Profile { get; init; }
}
