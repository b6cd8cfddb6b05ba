namespace OpenCity.GraphQL.Data.Limits;

/// <summary>
/// How large the inputs of one operation may be, checked before anything is translated or run;
/// bound from <c>OpenCity:GraphQL:Input</c>. Over a cap the operation is refused, naming the cap.
/// </summary>
public sealed class InputLimitsOptions
{
    public const string SectionName = "OpenCity:GraphQL:Input";

    /// <summary>Conditions in one <c>where</c>: every field and operation written, in every branch (list values are capped apart).</summary>
    public int MaxFilterConditions { get; set; } = 500;

    /// <summary>How deeply objects may nest in one <c>where</c> (<c>and</c> in <c>or</c> in a related object …).</summary>
    public int MaxFilterDepth { get; set; } = 10;

    /// <summary>Filters in one <c>and</c> or <c>or</c> list.</summary>
    public int MaxFilterBranches { get; set; } = 100;

    /// <summary>Values in one list operation (<c>in</c>, <c>nin</c>).</summary>
    public int MaxListValues { get; set; } = 1000;

    /// <summary>Characters of one text value in a <c>where</c> (a name to look for, a code).</summary>
    public int MaxTextLength { get; set; } = 1000;

    /// <summary>
    /// Positions of all the geometries given a <c>buffer</c> in one operation: buffering runs in
    /// process before any statement and cannot be interrupted, so its input is kept small (500
    /// points crowded together buffer in well under a second; 2,000 took seconds).
    /// </summary>
    public int MaxBufferedPositions { get; set; } = 500;

    /// <summary>Keys in one <c>order</c> list.</summary>
    public int MaxSortKeys { get; set; } = 10;

    /// <summary>Characters of one <c>JSON</c> value given as input (an asset's attributes), written compactly.</summary>
    public int MaxJsonLength { get; set; } = 16_384;
}
