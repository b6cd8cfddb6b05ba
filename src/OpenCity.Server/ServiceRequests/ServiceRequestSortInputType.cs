using OpenCity.Domain.ServiceRequests;
using OpenCity.GraphQL.Data.Sorting;
using OpenCity.Server.Departments;
using OpenCity.Server.Units;

namespace OpenCity.Server.ServiceRequests;

/// <summary>One step of the <c>order</c> of service request lists.</summary>
public sealed class ServiceRequestSortInputType : SortInputType<ServiceRequest>
{
    public ServiceRequestSortInputType()
    {
        Description = "How to order citizens' reports; give one field per list item, e.g. `[{ submittedAt: DESC }]`.";
        Field(r => r.Code, "By reference.");
        Field(r => r.Category, "By kind of problem.");
        Field(r => r.Status, "By status (alphabetically by its name).");
        Field(r => r.SubmittedAt, "By the time it was reported.");
        Field(r => r.ReportCount, "By how many people reported it, e.g. `[{ reportCount: DESC }]` for the most reported first.");
        Field(r => r.UpdatedAt, "By the time its status last changed.");
        Field<DepartmentSortInputType>(r => r.Department, "By the department's fields; reports not routed yet come last in ASC order.");
        Field<GovernanceUnitSortInputType>(r => r.GridUnit, "By the grid's fields.", name: "unit");
    }
}
