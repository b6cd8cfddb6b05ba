using OpenCity.Domain.Statistics;
using OpenCity.GraphQL.Data.Filtering;
using OpenCity.Server.Units;

namespace OpenCity.Server.Statistics;

/// <summary>The <c>where</c> of figure lists.</summary>
public sealed class ObservationFilterInputType : FilterInputType<Observation>
{
    public ObservationFilterInputType()
    {
        Description = "Conditions on published figures; give several fields to require all of them.";
        Field(o => o.Period, "The period, e.g. `2025` or `2025-Q3`.");
        Field(o => o.Value, "The value, in the indicator's unit.");
        Field<IndicatorFilterInputType>(o => o.Indicator, "What was measured.");
        Field<GovernanceUnitFilterInputType>(o => o.Unit, "The area it was measured for.");
    }
}
