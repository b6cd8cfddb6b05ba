using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Subscriptions;

/// <summary>GraphQL enum of <see cref="ThresholdDirection"/>.</summary>
public sealed class ThresholdDirectionType()
    : DescribedEnumerationGraphType<ThresholdDirection>(
        "Which way a value crossed a threshold.",
        new Dictionary<ThresholdDirection, string>
        {
            [ThresholdDirection.Above] = "It went above the `above` threshold, having been at or below it.",
            [ThresholdDirection.Below] = "It went below the `below` threshold, having been at or above it.",
        });
