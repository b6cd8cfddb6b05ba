using OpenCity.Domain.Departments;
using OpenCity.GraphQL.Data.Sorting;

namespace OpenCity.Server.Departments;

/// <summary>One step of the <c>order</c> of department lists.</summary>
public sealed class DepartmentSortInputType : SortInputType<Department>
{
    public DepartmentSortInputType()
    {
        Description = "How to order departments; give one field per list item.";
        Field(d => d.Code, "By code.");
        Field(d => d.Name, "By name.");
        Field(d => d.Domain, "By network or service (alphabetically).");
    }
}
