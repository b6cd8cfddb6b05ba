using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenCity.Data;
using OpenCity.Domain.ServiceRequests;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.Server.Schema;

namespace OpenCity.Server.ServiceRequests;

/// <summary>Root fields for citizens' reports.</summary>
public sealed class ServiceRequestQueries(KeysetPager<OpenCityDbContext> pager, IDbContextFactory<OpenCityDbContext> contexts) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<OpenCityDbContext, ServiceRequestType, ServiceRequest>(
                "serviceRequests", pager, typeof(ServiceRequestFilterInputType), typeof(ServiceRequestSortInputType), r => r.Id,
                _ => db => db.ServiceRequests)
            .Description("Problems reported by citizens, a page at a time; filter them with `where`, order them with `order`, e.g. the newest first.");
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceRequestCategoryType>>>>("serviceRequestCategories")
            .Description("The kinds of problem you can report with `submitServiceRequest`, by code.")
            .ResolveAsync(async ctx =>
            {
                await using var db = await contexts.CreateDbContextAsync(ctx.CancellationToken);
                return await db.ServiceRequestCategories.OrderBy(c => c.Code).ToListAsync(ctx.CancellationToken);
            });
    }
}
