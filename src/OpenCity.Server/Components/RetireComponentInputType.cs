using GraphQL.Types;

namespace OpenCity.Server.Components;

/// <summary>GraphQL input of <c>retireComponent</c>.</summary>
public sealed class RetireComponentInputType : InputObjectGraphType<RetireComponentInput>
{
    public RetireComponentInputType()
    {
        Name = "RetireComponentInput";
        Description = "Which asset is taken out of service for good.";
        Field(x => x.Code).Description("The asset's code, e.g. `SL-000123`.");
        Field(x => x.ExpectedVersion, nullable: true).Description("The `version` you read; if it changed since, nothing is written and the answer is a `ConflictError`.");
        Field(x => x.Note, nullable: true).Description("Why, in a few words; kept in the audit trail.");
    }
}
