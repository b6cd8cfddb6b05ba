using OpenCity.Domain.Components;
using OpenCity.GraphQL.Data.Sorting;
using OpenCity.Server.Departments;
using OpenCity.Server.Units;

namespace OpenCity.Server.Components;

/// <summary>One step of the <c>order</c> of asset lists.</summary>
public sealed class CityComponentSortInputType : SortInputType<CityComponent>
{
    public CityComponentSortInputType()
    {
        Description = "How to order physical assets; give one field per list item, e.g. `[{ installedOn: ASC }, { code: ASC }]`.";
        Field(c => c.Code, "By code.");
        Field(c => c.Name, "By name.");
        Field(c => c.Kind, "By kind (alphabetically by its name).");
        Field(c => c.Domain, "By network or service (alphabetically).");
        Field(c => c.Status, "By status (alphabetically).");
        Field(c => c.InstalledOn, "By installation date; assets without one come last in ASC order.");
        Field<DepartmentSortInputType>(c => c.Owner, "By the owning department's fields.");
        Field<GovernanceUnitSortInputType>(c => c.GridUnit, "By the grid's fields.", name: "unit");
    }
}
