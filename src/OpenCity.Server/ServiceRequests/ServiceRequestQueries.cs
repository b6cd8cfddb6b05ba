using GraphQL.Types;
using OpenCity.Data;
using OpenCity.Domain.ServiceRequests;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.Server.Schema;

namespace OpenCity.Server.ServiceRequests;

/// <summary>Root fields for citizens' reports.</summary>
public sealed class ServiceRequestQueries(KeysetPager<OpenCityDbContext> pager) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<OpenCityDbContext, ServiceRequestType, ServiceRequest>(
                "serviceRequests", pager, typeof(ServiceRequestFilterInputType), typeof(ServiceRequestSortInputType), r => r.Id,
                _ => db => db.ServiceRequests)
            .Description("Problems reported by citizens, a page at a time; filter them with `where`, order them with `order`, e.g. the newest first.");
    }
}
