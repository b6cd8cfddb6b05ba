using GraphQL.Types;
using OpenCity.Domain.Components;
using OpenCity.Domain.Departments;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.Server.Components;
using OpenCity.Server.Departments;
using OpenCity.Server.Events;

namespace OpenCity.Server.Subscriptions;

/// <summary>GraphQL type of an asset's change as a subscription delivers it.</summary>
public sealed class ComponentChangedEventType : EventDeliveryType<ComponentChanged>
{
    public ComponentChangedEventType()
    {
        Name = "ComponentChangedEvent";
        Description = "An asset was created, changed, retired, linked or unlinked.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The asset's code, e.g. `SL-000123`.").Resolve(ctx => ctx.Source.Event.Code);
        Field<NonNullGraphType<ComponentKindType>>("kind").Description("What the asset is.").Resolve(ctx => Enum.Parse<ComponentKind>(ctx.Source.Event.Kind));
        Field<NonNullGraphType<InfrastructureDomainType>>("domain").Description("Which network or service it belongs to.").Resolve(ctx => Enum.Parse<InfrastructureDomain>(ctx.Source.Event.Domain));
        Field<StringGraphType>("ownerCode").Description("The code of the department that owns it, e.g. `WATER`.").Resolve(ctx => ctx.Source.Event.OwnerCode);
        Field<StringGraphType>("gridCode").Description("The code of the grid it lies in.").Resolve(ctx => ctx.Source.Event.GridCode);
        Field<ComponentStatusType>("oldStatus").Description("Its status before the change; null when it was just created.")
            .Resolve(ctx => ctx.Source.Event.OldStatus is { } status ? Enum.Parse<ComponentStatus>(status) : null);
        Field<NonNullGraphType<ComponentStatusType>>("newStatus").Description("Its status after the change.").Resolve(ctx => Enum.Parse<ComponentStatus>(ctx.Source.Event.NewStatus));
        Field<NonNullGraphType<LongGraphType>>("version").Description("Its version after the change (give it as `expectedVersion` to change it again safely).").Resolve(ctx => ctx.Source.Event.Version);
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Where it is after the change, as GeoJSON.")
            .Resolve(ctx => GeoJsonReader.Read(ctx.Source.Event.Geometry));
        Field<NonNullGraphType<StringGraphType>>("operation").Description("What changed it, e.g. `updateComponentStatus`.").Resolve(ctx => ctx.Source.Event.Operation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeType>>>>("changes")
            .Description("Each field that changed, with its value before and after.")
            .Resolve(ctx => ctx.Source.Event.Changes.OrderBy(c => c.Key, StringComparer.Ordinal));
    }
}
