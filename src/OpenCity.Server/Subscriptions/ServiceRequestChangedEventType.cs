using GraphQL.Types;
using OpenCity.Domain.ServiceRequests;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.Server.Events;
using OpenCity.Server.ServiceRequests;

namespace OpenCity.Server.Subscriptions;

/// <summary>GraphQL type of a citizen's report's change as a subscription delivers it: only what anyone may read.</summary>
public sealed class ServiceRequestChangedEventType : EventDeliveryType<ServiceRequestChanged>
{
    public ServiceRequestChangedEventType()
    {
        Name = "ServiceRequestChangedEvent";
        Description = "A citizen's report was submitted, joined by another citizen's, routed, started, resolved or closed. "
            + "Only what anyone may read: never the citizen's words, and the place rounded to about 50 m.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The report's tracking code.").Resolve(ctx => ctx.Source.Event.Code);
        Field<NonNullGraphType<StringGraphType>>("category").Description("What kind of problem, e.g. `water_leak`.").Resolve(ctx => ctx.Source.Event.Category);
        Field<ServiceRequestStatusType>("oldStatus").Description("Its status before the change; null when it was just submitted.")
            .Resolve(ctx => ctx.Source.Event.OldStatus is { } status ? Enum.Parse<ServiceRequestStatus>(status) : null);
        Field<NonNullGraphType<ServiceRequestStatusType>>("newStatus").Description("Its status now.").Resolve(ctx => Enum.Parse<ServiceRequestStatus>(ctx.Source.Event.NewStatus));
        Field<StringGraphType>("departmentCode").Description("The department it is routed to, e.g. `WATER`; null while unrouted.").Resolve(ctx => ctx.Source.Event.DepartmentCode);
        Field<StringGraphType>("gridCode").Description("The code of the grid it lies in.").Resolve(ctx => ctx.Source.Event.GridCode);
        Field<NonNullGraphType<GeoJsonGraphType>>("location").Description("Where the problem is, rounded to about 50 m, as a GeoJSON Point.")
            .Resolve(ctx => GeoJsonReader.Read(ctx.Source.Event.Location));
        Field<NonNullGraphType<IntGraphType>>("reportCount").Description("How many citizens reported it.").Resolve(ctx => ctx.Source.Event.ReportCount);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("What changed it, e.g. `submitServiceRequest`.").Resolve(ctx => ctx.Source.Event.Operation);
    }
}
