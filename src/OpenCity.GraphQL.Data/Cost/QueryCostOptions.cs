namespace OpenCity.GraphQL.Data.Cost;

/// <summary>
/// The static cost model's limits, bound from <c>OpenCity:GraphQL:Cost</c>. An operation over any of
/// them is refused before any database work, with the figure and the limit in the error.
/// </summary>
public sealed class QueryCostOptions
{
    public const string SectionName = "OpenCity:GraphQL:Cost";

    /// <summary>The most work one operation may ask for: objects and lists resolved, heavier fields weighted more (see <see cref="CostMetadata"/>).</summary>
    public double MaxCost { get; set; } = 20_000;

    /// <summary>The most values (fields of every object in the answer, counted per object) one answer may hold.</summary>
    public double MaxResultSize { get; set; } = 100_000;

    /// <summary>How deeply fields may nest in one operation (introspection apart, which has its own rule).</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>The assumed length of a list whose length no argument gives and no field declares.</summary>
    public int DefaultListSize { get; set; } = 10;
}
