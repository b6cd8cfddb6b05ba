using GraphQL.Types;
using OpenCity.Domain.Departments;
using OpenCity.GraphQL.Data.Projection;
using OpenCity.GraphQL.Data.Relay;

namespace OpenCity.Server.Departments;

/// <summary>GraphQL type of a city department.</summary>
public sealed class DepartmentType : ObjectGraphType<Department>
{
    /// <summary>The GraphQL name, which global ids of this type carry.</summary>
    public const string TypeName = "Department";

    public DepartmentType(DepartmentLoaders departments)
    {
        Name = TypeName;
        Description = "A department of the city administration that runs a network or a service, e.g. water or street lighting.";
        Interface<NodeInterfaceType>();

        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque global id; pass it to `node(id:)` to fetch this department again.")
            .Reads("Code")
            .Resolve(ctx => new GlobalId(Name, ctx.Source.Code).ToString());
        Field(x => x.Code).Description("Stable public code, e.g. `WATER`.");
        Field(x => x.Name).Description("The department's name.");
        Field<NonNullGraphType<InfrastructureDomainType>>("domain").Description("The network or service it runs.").Resolve(ctx => ctx.Source.Domain);
        Field(x => x.Description, nullable: true).Description("What the department does.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResponsibilityAreaType>>>>("responsibilityAreas")
            .Description("The areas it answers for.")
            .Reads("Id")
            .Resolve(ctx => departments.Areas(ctx, ctx.Source.Id));
    }
}
