using GraphQL.Types;
using OpenCity.Data;
using OpenCity.Domain.Departments;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Departments;

/// <summary>Root fields for departments.</summary>
public sealed class DepartmentQueries(KeysetPager<OpenCityDbContext> pager) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<OpenCityDbContext, DepartmentType, Department>(
                "departments", pager, typeof(DepartmentFilterInputType), typeof(DepartmentSortInputType), d => d.Id,
                _ => db => db.Departments)
            .Description("The city's departments, a page at a time; filter them with `where`, order them with `order`.");
    }
}
