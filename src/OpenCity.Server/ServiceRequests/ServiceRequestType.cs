using GraphQL;
using GraphQL.Types;
using OpenCity.Domain.ServiceRequests;
using OpenCity.GraphQL.Data.Projection;
using OpenCity.GraphQL.Data.Relay;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.Server.Auth;
using OpenCity.Server.Departments;
using OpenCity.Server.Units;

namespace OpenCity.Server.ServiceRequests;

/// <summary>GraphQL type of a citizen's report.</summary>
public sealed class ServiceRequestType : ObjectGraphType<ServiceRequest>
{
    /// <summary>The GraphQL name, which global ids of this type carry.</summary>
    public const string TypeName = "ServiceRequest";

    public ServiceRequestType(DepartmentLoaders departments, UnitLoaders units, CityPolicy policy)
    {
        Name = TypeName;
        Description = "A problem reported by a citizen — a broken streetlight, a leak, litter … — and where it stands.";
        Interface<NodeInterfaceType>();

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque global id; pass it to `node(id:)` to fetch this report again.")
            .Reads("Code")
            .Resolve(ctx => new GlobalId(Name, ctx.Source.Code).ToString());
        Field(x => x.Code).Description("Public reference of the report, e.g. `SR-2025-000042`.");
        Field(x => x.Category).Description("What kind of problem, e.g. `streetlight_out`, `water_leak`.");
        Field<StringGraphType>("description")
            .Description("The problem in the citizen's words; only the department it is routed to and admins may read it (empty for everyone else).")
            .Reads("Description", "DepartmentId")
            .Resolve(ctx => SeesDetails(ctx, departments, policy, r => r.Description));
        Field<NonNullGraphType<GeoJsonGraphType>>("location")
            .Description("Where the problem is, as a GeoJSON Point: rounded to about 50 m (the block, not the doorstep), exact only for the department it is routed to and admins.")
            .Reads("Location", "PublicLocation", "DepartmentId")
            .Resolve(ctx => SeesDetails(ctx, departments, policy, r => r.Location, ServiceRequestEvents.PublicLocationOf));
        Field<NonNullGraphType<ServiceRequestStatusType>>("status").Description("Where the report stands.").Resolve(ctx => ctx.Source.Status);
        Field<DepartmentType>("department")
            .Description("The department it was routed to; empty until it is routed.")
            .Reads("DepartmentId")
            .Resolve(ctx => ctx.Source.DepartmentId is { } departmentId ? departments.ById(ctx, departmentId) : null);
        Field<GovernanceUnitType>("unit")
            .Description("The grid the problem lies in.")
            .Reads("GridUnitId")
            .Resolve(ctx => ctx.Source.GridUnitId is { } gridId ? units.ById(ctx, gridId) : null);
        Field(x => x.ReportCount).Description("How many people reported this problem: the first report and those added to it because they reported the same thing close by.");
        Field<NonNullGraphType<DateTimeGraphType>>("submittedAt").Description("When it was reported (ISO 8601, UTC).").Resolve(ctx => ctx.Source.SubmittedAt);
        Field(x => x.Version).Description("How many times it was changed; give it as `expectedVersion` when you work it, so that you never overwrite a change you have not seen.");
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Description("When its status last changed (ISO 8601, UTC).").Resolve(ctx => ctx.Source.UpdatedAt);
    }

    /// <summary>
    /// A detail only the routed department and admins see (<see cref="CityPolicy.SeesReportDetails"/>):
    /// <paramref name="detail"/> for them, <paramref name="otherwise"/> (or nothing) for everyone else.
    /// An operator's answer waits for the department's code, batched with the other reports of the page.
    /// </summary>
    private static object? SeesDetails(
        IResolveFieldContext<ServiceRequest> context, DepartmentLoaders departments, CityPolicy policy, Func<ServiceRequest, object?> detail, Func<ServiceRequest, object?>? otherwise = null)
    {
        var caller = context.GetCaller();
        var request = context.Source;
        object? Answer(string? routedTo) => policy.SeesReportDetails(caller, routedTo) ? detail(request) : otherwise?.Invoke(request);
        if (caller.Role != CallerRole.Operator || request.DepartmentId is not { } departmentId)
        {
            return Answer(null);
        }

        var department = departments.ById(context, departmentId);
        return DataLoaderResults.Defer(async cancellationToken => Answer((await department.GetResultAsync(cancellationToken))?.Code));
    }
}
