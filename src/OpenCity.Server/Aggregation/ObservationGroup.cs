using OpenCity.Domain.Statistics;

namespace OpenCity.Server.Aggregation;

/// <summary>An indicator rolled up over the grids of one unit for one period.</summary>
public sealed record ObservationGroup(
    long UnitId,
    long IndicatorId,
    string Period,
    AggregationMethod Aggregation,
    double Sum,
    double Average,
    double Min,
    double Max,
    int Count)
{
    /// <summary>The figure the indicator's own roll-up method gives, e.g. the sum for population.</summary>
    public double Value => Aggregation switch
    {
        AggregationMethod.Sum => Sum,
        AggregationMethod.Average => Average,
        AggregationMethod.Min => Min,
        AggregationMethod.Max => Max,
        _ => throw new InvalidOperationException($"Unknown aggregation method {Aggregation}."),
    };
}
