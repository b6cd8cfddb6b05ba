using GraphQL.Types;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Components;

/// <summary>GraphQL input of <c>createComponent</c>.</summary>
public sealed class CreateComponentInputType : InputObjectGraphType<CreateComponentInput>
{
    public CreateComponentInputType()
    {
        Name = "CreateComponentInput";
        Description = "A new asset: what it is, where, and who owns it. Its network (domain) follows from its kind, its grid from where it is.";
        Field(x => x.Code).Description("Its code, unique in the city, e.g. `SL-900001` (at most 64 characters).");
        Field(x => x.Name).Description("A human-readable name, e.g. the street it stands on (at most 200 characters).");
        Field<NonNullGraphType<ComponentKindType>>("kind").Description("What it is; its network follows from it (a water main belongs to `WATER`).");
        Field<ComponentStatusType>("status").Description("Its state; `OPERATIONAL` when left out.");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Where it is, as GeoJSON in WGS 84 longitude/latitude: a Point, a LineString or a Polygon (or a Multi- of one of them) inside the city.");
        Field<CalendarDateGraphType>("installedOn").Description("When it was installed, if known.");
        Field<JsonGraphType>("attributes").Description("Further facts as a JSON object, e.g. `{\"lampType\": \"LED\", \"wattage\": 40}`.");
        Field(x => x.OwnerCode, nullable: true).Description("The code of the department that owns it, e.g. `WATER`; yours when left out (an admin's asset then has no owner).");
        Field<SensitivityType>("sensitivity").Description("Who may see it; when left out, `RESTRICTED` for kinds the city keeps back (gas mains, power lines …), `PUBLIC` otherwise.");
    }
}
