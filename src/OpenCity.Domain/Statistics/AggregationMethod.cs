namespace OpenCity.Domain.Statistics;

/// <summary>How an indicator's values for child units combine into the parent's value.</summary>
public enum AggregationMethod
{
    Sum = 0,
    Average = 1,
    Min = 2,
    Max = 3,
}
