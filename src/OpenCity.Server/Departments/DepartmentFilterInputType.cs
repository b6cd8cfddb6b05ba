using OpenCity.Domain.Departments;
using OpenCity.GraphQL.Data.Filtering;

namespace OpenCity.Server.Departments;

/// <summary>The <c>where</c> of department lists.</summary>
public sealed class DepartmentFilterInputType : FilterInputType<Department>
{
    public DepartmentFilterInputType()
    {
        Description = "Conditions on departments; give several fields to require all of them.";
        Field(d => d.Code, "The department's code, e.g. `WATER`.");
        Field(d => d.Name, "The department's name.");
        Field<InfrastructureDomainType>(d => d.Domain, "The network or service it runs.");
    }
}
