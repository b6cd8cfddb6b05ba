namespace OpenCity.Server.Aggregation;

/// <summary>The stable <c>extensions.code</c> values the aggregate fields report; clients may switch on them.</summary>
public static class AggregationErrorCodes
{
    public const string UnknownIndicator = "UNKNOWN_INDICATOR";

    /// <summary>An aggregate would have more rows than <see cref="AggregationOptions.MaxGroups"/>.</summary>
    public const string TooManyGroups = "TOO_MANY_GROUPS";
}
