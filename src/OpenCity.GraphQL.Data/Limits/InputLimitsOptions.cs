namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>
/// How large one <c>where</c> filter may be, checked before it is translated; bound from
/// <c>OpenCity:GraphQL:Filter</c>. Over a cap, the filter is refused as INVALID_FILTER naming the cap.
/// </summary>
public sealed class FilterLimitsOptions
{
    public const string SectionName = "OpenCity:GraphQL:Filter";

    /// <summary>Conditions in one filter: every field and operation written, in every branch (list values are capped apart).</summary>
    public int MaxNodes { get; set; } = 500;

    /// <summary>How deeply objects may nest in one filter (<c>and</c> in <c>or</c> in a related object …).</summary>
    public int MaxDepth { get; set; } = 10;

    /// <summary>Filters in one <c>and</c> or <c>or</c> list.</summary>
    public int MaxBranches { get; set; } = 100;

    /// <summary>Values in one list operation (<c>in</c>, <c>nin</c>).</summary>
    public int MaxListValues { get; set; } = 1000;
}
