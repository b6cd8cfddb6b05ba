using GraphQL.Types;
using OpenCity.Data;
using OpenCity.Domain.Datasets;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.GraphQL.Data.Types;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Datasets;

/// <summary>Root fields for the open-data catalogue.</summary>
public sealed class DatasetQueries(KeysetPager<OpenCityDbContext> pager) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<DatasetType, Dataset>>>("datasets")
            .Description("The open-data catalogue: every collection the city publishes, with its licence and freshness.")
            .WithPagingArguments()
            .ResolveAsync(async ctx => await pager.PageAsync(db => db.Datasets, d => d.Id, ctx.GetPagingArguments(), ctx.CancellationToken));
    }
}
