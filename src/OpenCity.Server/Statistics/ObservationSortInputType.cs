using OpenCity.Domain.Statistics;
using OpenCity.GraphQL.Data.Sorting;
using OpenCity.Server.Units;

namespace OpenCity.Server.Statistics;

/// <summary>One step of the <c>order</c> of figure lists.</summary>
public sealed class ObservationSortInputType : SortInputType<Observation>
{
    public ObservationSortInputType()
    {
        Description = "How to order published figures; give one field per list item, e.g. `[{ value: DESC }]`.";
        Field(o => o.Period, "By period (as text: `2024` before `2025-Q1`).");
        Field(o => o.Value, "By value.");
        Field<IndicatorSortInputType>(o => o.Indicator, "By the indicator's fields.");
        Field<GovernanceUnitSortInputType>(o => o.Unit, "By the area's fields.");
    }
}
