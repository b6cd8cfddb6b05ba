using GraphQL.Types;

namespace OpenCity.Server.ServiceRequests;

/// <summary>The GraphQL input of one step of a report's work; each mutation has its own named subclass, as the mutation conventions want.</summary>
public abstract class ServiceRequestStepInputType : InputObjectGraphType<ServiceRequestStepInput>
{
    protected ServiceRequestStepInputType(string name, string description, string noteDescription)
    {
        Name = name;
        Description = description;
        Field(x => x.Code).Description("The report's tracking code, e.g. `SR-2026-000042`.");
        Field(x => x.Note, nullable: true).Description(noteDescription);
        Field(x => x.ExpectedVersion, nullable: true).Description("The `version` you read; if it changed since, nothing is written and the answer is a `ConflictError`.");
    }
}
