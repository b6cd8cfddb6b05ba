namespace OpenCity.Domain.Statistics;

/// <summary>A public statistic the city publishes, e.g. population or energy use.</summary>
public sealed class Indicator
{
    public long Id { get; set; }

    /// <summary>Stable public code, e.g. <c>population</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string Unit { get; set; }

    public AggregationMethod Aggregation { get; set; }

    public required string Description { get; set; }

    public required string Source { get; set; }

    public required string Licence { get; set; }
}
