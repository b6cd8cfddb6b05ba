using OpenCity.Domain.ServiceRequests;
using OpenCity.GraphQL.Data.Filtering;
using OpenCity.Server.Departments;
using OpenCity.Server.Units;

namespace OpenCity.Server.ServiceRequests;

/// <summary>The <c>where</c> of service request lists.</summary>
public sealed class ServiceRequestFilterInputType : FilterInputType<ServiceRequest>
{
    public ServiceRequestFilterInputType()
    {
        Description = "Conditions on citizens' reports; give several fields to require all of them. There is no condition on the citizen's words: only the department that has a report may read them.";
        Field(r => r.Code, "The report's reference.");
        Field(r => r.Category, "The kind of problem, e.g. `streetlight_out`.");
        Field<ServiceRequestStatusType>(r => r.Status, "Where the report stands.");
        Field(r => r.SubmittedAt, "When it was reported.");
        Field(r => r.UpdatedAt, "When its status last changed.");
        Field<DepartmentFilterInputType>(r => r.Department, "The department it was routed to; `department: null` finds reports not routed yet.");
        Field<GovernanceUnitFilterInputType>(r => r.GridUnit, "The grid the problem lies in.", name: "unit");
        // The public location for everyone: conditions on the exact one would let anyone narrow a report down to a doorstep.
        Field(r => r.PublicLocation, "Where the problem was reported, rounded to about 50 m as everyone sees it: spatial conditions in metres, e.g. `{ dwithin: { geometry: …, meters: 200 } }`.", name: "location");
        Field(r => r.ReportCount, "How many people reported it.");
    }
}
