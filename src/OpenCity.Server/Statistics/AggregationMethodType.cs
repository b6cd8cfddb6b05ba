using OpenCity.Domain.Statistics;
using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Statistics;

/// <summary>GraphQL enum of roll-up methods.</summary>
public sealed class AggregationMethodType()
    : DescribedEnumerationGraphType<AggregationMethod>(
        "How an indicator's values for smaller areas combine into the value of the larger area that contains them.",
        new Dictionary<AggregationMethod, string>
        {
            [AggregationMethod.Sum] = "Added up, e.g. population.",
            [AggregationMethod.Average] = "Averaged, e.g. the share of green space.",
            [AggregationMethod.Min] = "The smallest value.",
            [AggregationMethod.Max] = "The largest value.",
        });
