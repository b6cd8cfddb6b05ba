using GraphQL.Types;
using OpenCity.Data;
using OpenCity.Domain.Departments;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.GraphQL.Data.Types;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Departments;

/// <summary>Root fields for departments.</summary>
public sealed class DepartmentQueries(KeysetPager<OpenCityDbContext> pager) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<DepartmentType, Department>>>("departments")
            .Description("The city's departments, a page at a time.")
            .WithPagingArguments()
            .ResolveAsync(async ctx => await pager.PageAsync(db => db.Departments, d => d.Id, ctx.GetPagingArguments(), ctx.CancellationToken));
    }
}
