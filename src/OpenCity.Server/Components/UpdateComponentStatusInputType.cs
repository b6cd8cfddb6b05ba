using GraphQL.Types;

namespace OpenCity.Server.Components;

/// <summary>GraphQL input of <c>updateComponentStatus</c>.</summary>
public sealed class UpdateComponentStatusInputType : InputObjectGraphType<UpdateComponentStatusInput>
{
    public UpdateComponentStatusInputType()
    {
        Name = "UpdateComponentStatusInput";
        Description = "Which asset, and the state it is in now.";
        Field(x => x.Code).Description("The asset's code, e.g. `SL-000123`.");
        Field<NonNullGraphType<ComponentStatusType>>("status").Description("Its state now, e.g. `FAILED` or `OPERATIONAL` after a repair.");
        Field(x => x.Note, nullable: true).Description("Why, in a few words; kept in the audit trail.");
        Field(x => x.ExpectedVersion, nullable: true).Description("The `version` you read; if it changed since, nothing is written and the answer is a `ConflictError`.");
    }
}
