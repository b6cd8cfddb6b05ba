using OpenCity.Domain.Governance;
using OpenCity.GraphQL.Data.Sorting;

namespace OpenCity.Server.Units;

/// <summary>One step of the <c>order</c> of administrative area lists.</summary>
public sealed class GovernanceUnitSortInputType : SortInputType<GovernanceUnit>
{
    public GovernanceUnitSortInputType()
    {
        Description = "How to order administrative areas; give one field per list item.";
        Field(u => u.Code, "By code.");
        Field(u => u.Name, "By name.");
        Field(u => u.Level, "By tier (alphabetically by its name).");
        Field(u => u.AreaSquareMeters, "By size.");
    }
}
