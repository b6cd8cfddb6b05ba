using OpenCity.Domain.Statistics;
using OpenCity.GraphQL.Data.Sorting;

namespace OpenCity.Server.Statistics;

/// <summary>One step of the <c>order</c> of indicator lists.</summary>
public sealed class IndicatorSortInputType : SortInputType<Indicator>
{
    public IndicatorSortInputType()
    {
        Description = "How to order published statistics; give one field per list item.";
        Field(i => i.Code, "By code.");
        Field(i => i.Name, "By name.");
    }
}
