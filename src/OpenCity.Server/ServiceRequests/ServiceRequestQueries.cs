using GraphQL.Types;
using OpenCity.Data;
using OpenCity.Domain.ServiceRequests;
using OpenCity.GraphQL.Data.Filtering;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.GraphQL.Data.Projection;
using OpenCity.GraphQL.Data.Sorting;
using OpenCity.GraphQL.Data.Types;
using OpenCity.Server.Schema;

namespace OpenCity.Server.ServiceRequests;

/// <summary>Root fields for citizens' reports.</summary>
public sealed class ServiceRequestQueries(KeysetPager<OpenCityDbContext> pager) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<ServiceRequestType, ServiceRequest>>>("serviceRequests")
            .Description("Problems reported by citizens, a page at a time; filter them with `where`, order them with `order`, e.g. the newest first.")
            .WithFilterArgument(typeof(ServiceRequestFilterInputType))
            .WithSortArgument(typeof(ServiceRequestSortInputType))
            .WithPagingArguments()
            .ResolveAsync(async ctx =>
            {
                var filter = ctx.GetFilter<ServiceRequest>();
                return await pager.PageAsync(
                    db => db.ServiceRequests.ApplyFilter(filter),
                    ctx.GetSortKeys<ServiceRequest>(),
                    r => r.Id,
                    EntityProjection.For<ServiceRequest>(ctx, nameof(ServiceRequest.Id)),
                    ctx.GetPagingArguments(),
                    ctx.CancellationToken);
            });
    }
}
