using OpenCity.GraphQL.Data.Errors;

namespace OpenCity.Server.Aggregation;

/// <summary>
/// How many rows an aggregate answers at most, bound from <c>OpenCity:Aggregation</c>: the cost model
/// assumes this many, and a grouping with more (every grid of a large city by kind and status) is
/// refused rather than built.
/// </summary>
public sealed class AggregationOptions
{
    public const string SectionName = "OpenCity:Aggregation";

    public int MaxGroups { get; set; } = 5000;

    /// <summary>Throws TOO_MANY_GROUPS when <paramref name="rows"/>, read with <c>Take(MaxGroups + 1)</c>, are more than allowed.</summary>
    public void Check(int rows, string what)
    {
        if (rows > MaxGroups)
        {
            throw new DataLayerError(
                AggregationErrorCodes.TooManyGroups,
                $"This would give more than {MaxGroups:N0} rows of {what}: group by fewer properties, a larger level, one period, or narrow it down with `where`.");
        }
    }
}
