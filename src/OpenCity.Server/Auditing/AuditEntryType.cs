using GraphQL.Types;
using OpenCity.Domain.Auditing;
using OpenCity.GraphQL.Data.Projection;
using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Auditing;

/// <summary>GraphQL type of one entry of the audit trail.</summary>
public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One change made to the city's data: who made it, when, with which operation, to which object, and the values before and after. Entries are never changed or removed.";

        Field<NonNullGraphType<DateTimeGraphType>>("occurredAt").Description("When the change was committed (ISO 8601, UTC).").Resolve(ctx => ctx.Source.OccurredAt);
        Field(x => x.Subject).Description("Who made it: the user or system named in their token; `anonymous` for a citizen's report.");
        Field(x => x.Role).Description("The role they acted in: `anonymous`, `operator` or `admin`.");
        Field<StringGraphType>("department")
            .Description("The code of the operator's department, e.g. `WATER`; empty for admins and citizens.")
            .Reads(nameof(AuditEntry.DepartmentCode))
            .Resolve(ctx => ctx.Source.DepartmentCode);
        Field(x => x.Operation).Description("The operation that made the change, e.g. `updateComponentStatus`.");
        Field(x => x.EntityType).Description("What kind of object changed, e.g. `CityComponent` or `ServiceRequest`.");
        Field(x => x.EntityCode).Description("The public code of the object that changed, e.g. `SL-000123`.");
        Field<JsonGraphType>("before")
            .Description("The changed values as they were before, as a JSON object, e.g. `{\"status\": \"Operational\"}`; empty when the object was created.")
            .Resolve(ctx => ctx.Source.Before);
        Field<JsonGraphType>("after")
            .Description("The changed values as they are after, as a JSON object (with the operator's note when one was given); empty when the object was removed.")
            .Resolve(ctx => ctx.Source.After);
    }
}
