using OpenCity.Domain.Governance;
using OpenCity.GraphQL.Data.Filtering;

namespace OpenCity.Server.Units;

/// <summary>The <c>where</c> of administrative area lists.</summary>
public sealed class GovernanceUnitFilterInputType : FilterInputType<GovernanceUnit>
{
    public GovernanceUnitFilterInputType()
    {
        Description = "Conditions on administrative areas; give several fields to require all of them.";
        Field(u => u.Code, "The area's code, e.g. `NB-D02`.");
        Field(u => u.Name, "The area's name.");
        Field<GovernanceLevelType>(u => u.Level, "The area's tier.");
        Field(u => u.AreaSquareMeters, "The area's size in square metres.");
        Field<GovernanceUnitFilterInputType>(u => u.Parent, "The area it lies in.");
        Field(u => u.Boundary, "The area's outline: spatial conditions in metres, e.g. the areas that `intersects` a route.");
    }
}
