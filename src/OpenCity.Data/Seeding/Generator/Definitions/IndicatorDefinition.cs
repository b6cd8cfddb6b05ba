using OpenCity.Domain.Statistics;

namespace OpenCity.Data.Seeding;

/// <summary>A published statistic and the model its values are generated with.</summary>
public sealed record IndicatorDefinition
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Unit { get; init; }

    public required AggregationMethod Aggregation { get; init; }

    /// <summary>
    /// One of <c>population households area serviceRequests greenShare energyUse pm25 noiseMax pressureMin</c>.
    /// </summary>
    public required string Model { get; init; }

    public required string Description { get; init; }

    public required string Source { get; init; }

    /// <summary>Licence of the values; the city's licence when absent.</summary>
    public string? Licence { get; init; }
}
