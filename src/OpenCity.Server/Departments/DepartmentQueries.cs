using GraphQL.Types;
using OpenCity.Data;
using OpenCity.Domain.Departments;
using OpenCity.GraphQL.Data.Filtering;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.GraphQL.Data.Projection;
using OpenCity.GraphQL.Data.Sorting;
using OpenCity.GraphQL.Data.Types;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Departments;

/// <summary>Root fields for departments.</summary>
public sealed class DepartmentQueries(KeysetPager<OpenCityDbContext> pager) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<DepartmentType, Department>>>("departments")
            .Description("The city's departments, a page at a time; filter them with `where`, order them with `order`.")
            .WithFilterArgument(typeof(DepartmentFilterInputType))
            .WithSortArgument(typeof(DepartmentSortInputType))
            .WithPagingArguments()
            .ResolveAsync(async ctx =>
            {
                var filter = ctx.GetFilter<Department>();
                return await pager.PageAsync(
                    db => db.Departments.ApplyFilter(filter),
                    ctx.GetSortKeys<Department>(),
                    d => d.Id,
                    EntityProjection.For<Department>(ctx, nameof(Department.Id)),
                    ctx.GetPagingArguments(),
                    ctx.CancellationToken);
            });
    }
}
