using GraphQL.Types;
using OpenCity.Domain.Components;

namespace OpenCity.Server.Components;

/// <summary>GraphQL type of a topology edge.</summary>
public sealed class ComponentLinkType : ObjectGraphType<ComponentLink>
{
    public ComponentLinkType(ComponentLoaders components)
    {
        Name = "ComponentLink";
        Description = "A relation between two assets in the city's networks: what connects to, feeds, is part of or monitors what.";
        Field<NonNullGraphType<LinkKindType>>("kind").Description("How `from` relates to `to`.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<CityComponentType>>("from")
            .Description("The asset the relation starts at.")
            .Resolve(ctx => components.ById(ctx, ctx.Source.FromComponentId));
        Field<NonNullGraphType<CityComponentType>>("to")
            .Description("The asset the relation points to.")
            .Resolve(ctx => components.ById(ctx, ctx.Source.ToComponentId));
    }
}
