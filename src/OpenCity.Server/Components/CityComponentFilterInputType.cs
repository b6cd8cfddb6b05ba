using OpenCity.Domain.Components;
using OpenCity.GraphQL.Data.Filtering;
using OpenCity.Server.Departments;
using OpenCity.Server.Units;

namespace OpenCity.Server.Components;

/// <summary>The <c>where</c> of asset lists.</summary>
public sealed class CityComponentFilterInputType : FilterInputType<CityComponent>
{
    public CityComponentFilterInputType()
    {
        Description = "Conditions on physical assets; give several fields to require all of them.";
        Field(c => c.Code, "The asset's code, e.g. `SL-000123`.");
        Field(c => c.Name, "The asset's name, e.g. the street it stands on.");
        Field<ComponentKindType>(c => c.Kind, "What the asset is.");
        Field<InfrastructureDomainType>(c => c.Domain, "Which network or service it belongs to.");
        Field<ComponentStatusType>(c => c.Status, "Whether it is working.");
        Field(c => c.InstalledOn, "When it was installed; assets with no known date have no value.");
        Field<DepartmentFilterInputType>(c => c.Owner, "The department that owns it.");
        Field<GovernanceUnitFilterInputType>(c => c.GridUnit, "The grid it lies in.", name: "unit");
        Field(c => c.Geometry, "Where the asset is: spatial conditions in metres, e.g. `{ dwithin: { geometry: { type: \"Point\", coordinates: [-1.47, 53.38] }, meters: 300 } }`.");
    }
}
