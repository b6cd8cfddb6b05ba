using GraphQL.Types;
using OpenCity.Server.Departments;

namespace OpenCity.Server.ServiceRequests;

/// <summary>GraphQL type of <see cref="ServiceRequestReceipt"/>.</summary>
public sealed class ServiceRequestReceiptType : ObjectGraphType<ServiceRequestReceipt>
{
    public ServiceRequestReceiptType()
    {
        Name = "ServiceRequestReceipt";
        Description = "What you are told after reporting a problem: the tracking code to follow it with, and who is dealing with it.";
        Field(x => x.Code).Description("The tracking code, e.g. `SR-2026-000042`; look the report up with `serviceRequests(where: { code: { eq: … } })`. When your report was attached to an earlier one, its code.");
        Field<NonNullGraphType<ServiceRequestStatusType>>("status").Description("Where the report stands: `ROUTED` once a department has it.").Resolve(ctx => ctx.Source.Status);
        Field<DepartmentType>("department").Description("The department responsible for the problem at that place; empty when none could be found yet.").Resolve(ctx => ctx.Source.Department);
        Field(x => x.Attached).Description("True when someone had already reported the same problem close by: your report was added to theirs instead of opening a new one.");
        Field(x => x.ReportCount).Description("How many people have reported this problem, you included.");
        Field<NonNullGraphType<DateTimeGraphType>>("submittedAt").Description("When your report arrived (ISO 8601, UTC).").Resolve(ctx => ctx.Source.SubmittedAt);
    }
}
