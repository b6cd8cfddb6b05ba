using GraphQL.Types;
using OpenCity.Domain.ServiceRequests;
using OpenCity.Server.Departments;

namespace OpenCity.Server.ServiceRequests;

/// <summary>GraphQL type of a kind of problem citizens may report.</summary>
public sealed class ServiceRequestCategoryType : ObjectGraphType<ServiceRequestCategory>
{
    public ServiceRequestCategoryType()
    {
        Name = "ServiceRequestCategory";
        Description = "A kind of problem citizens may report, e.g. a streetlight out; give its `code` as `category` when you report one.";
        Field(x => x.Code).Description("Stable code to report it with, e.g. `streetlight_out`.");
        Field(x => x.Name).Description("The kind of problem in words.");
        Field<NonNullGraphType<InfrastructureDomainType>>("domain").Description("The service whose department deals with it.").Resolve(ctx => ctx.Source.Domain);
    }
}
