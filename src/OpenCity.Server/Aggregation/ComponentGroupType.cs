using GraphQL.Types;
using OpenCity.Server.Components;
using OpenCity.Server.Departments;
using OpenCity.Server.Units;

namespace OpenCity.Server.Aggregation;

/// <summary>GraphQL type of one row of <c>componentAggregate</c>.</summary>
public sealed class ComponentGroupType : ObjectGraphType<ComponentGroup>
{
    public ComponentGroupType(UnitLoaders units, DepartmentLoaders departments)
    {
        Name = "ComponentGroup";
        Description = "One combination of the properties you grouped by, and how many public assets share it. "
            + "Properties you did not group by are empty.";
        Field<ComponentKindType>("kind")
            .Description("What the assets are, when grouped by `KIND`.")
            .Resolve(ctx => ctx.Source.Kind);
        Field<ComponentStatusType>("status")
            .Description("Whether the assets are working, when grouped by `STATUS`.")
            .Resolve(ctx => ctx.Source.Status);
        Field<InfrastructureDomainType>("domain")
            .Description("The network or service the assets belong to, when grouped by `DOMAIN`.")
            .Resolve(ctx => ctx.Source.Domain);
        Field<GovernanceUnitType>("unit")
            .Description("The grid the assets lie in, when grouped by `UNIT`; empty for assets outside every grid.")
            .Resolve(ctx => ctx.Source.UnitId is { } unitId ? units.ById(ctx, unitId) : null);
        Field<DepartmentType>("owner")
            .Description("The department that owns the assets, when grouped by `OWNER`; empty for assets without an owner.")
            .Resolve(ctx => ctx.Source.OwnerId is { } ownerId ? departments.ById(ctx, ownerId) : null);
        Field(x => x.Count).Description("How many public assets are in this group.");
    }
}
