using GraphQL.Types;

namespace OpenCity.Server.ServiceRequests;

/// <summary>GraphQL input of <c>routeServiceRequest</c>.</summary>
public sealed class RouteServiceRequestInputType : InputObjectGraphType<RouteServiceRequestInput>
{
    public RouteServiceRequestInputType()
    {
        Name = "RouteServiceRequestInput";
        Description = "Which report, and the department that should deal with it.";
        Field(x => x.Code).Description("The report's tracking code, e.g. `SR-2026-000042`.");
        Field(x => x.DepartmentCode).Description("The department to send it to, e.g. `WATER`.");
        Field(x => x.ExpectedVersion, nullable: true).Description("The `version` you read; if it changed since, nothing is written and the answer is a `ConflictError`.");
    }
}
