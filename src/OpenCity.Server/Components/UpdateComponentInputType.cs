using GraphQL.Types;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Components;

/// <summary>GraphQL input of <c>updateComponent</c>.</summary>
public sealed class UpdateComponentInputType : InputObjectGraphType<UpdateComponentInput>
{
    public UpdateComponentInputType()
    {
        Name = "UpdateComponentInput";
        Description = "Which asset, and what to change about it; what you leave out stays as it is.";
        Field(x => x.Code).Description("The asset's code, e.g. `SL-000123`.");
        Field(x => x.ExpectedVersion, nullable: true).Description("The `version` you read; if it changed since, nothing is written and the answer is a `ConflictError`.");
        Field(x => x.Name, nullable: true).Description("Its new name (at most 200 characters).");
        Field<ComponentStatusType>("status").Description("Its new state; a retired asset does not come back.");
        Field<JsonGraphType>("attributes").Description("Changes to its attributes as a JSON merge patch (RFC 7396): keys given are set, a key given as `null` is removed, keys left out stay, e.g. `{\"wattage\": 30, \"dimmable\": null}`.");
        Field<GeoJsonGraphType>("geometry").Description("Where it is now, as GeoJSON in WGS 84 longitude/latitude; its grid is worked out again.");
        Field(x => x.OwnerCode, nullable: true).Description("The code of the department that owns it from now on, e.g. `WATER`.");
    }
}
