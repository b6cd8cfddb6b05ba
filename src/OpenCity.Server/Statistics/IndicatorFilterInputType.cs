using OpenCity.Domain.Statistics;
using OpenCity.GraphQL.Data.Filtering;

namespace OpenCity.Server.Statistics;

/// <summary>The <c>where</c> of indicator lists.</summary>
public sealed class IndicatorFilterInputType : FilterInputType<Indicator>
{
    public IndicatorFilterInputType()
    {
        Description = "Conditions on published statistics; give several fields to require all of them.";
        Field(i => i.Code, "The indicator's code, e.g. `population`.");
        Field(i => i.Name, "The indicator's name.");
        Field(i => i.Unit, "The unit of its values, e.g. `persons`.");
        Field<AggregationMethodType>(i => i.Aggregation, "How its values roll up to larger areas.");
        Field(i => i.Licence, "Its licence, e.g. `CC-BY-4.0`.");
    }
}
