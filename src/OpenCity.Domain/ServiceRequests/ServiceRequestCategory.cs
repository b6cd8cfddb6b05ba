using OpenCity.Domain.Departments;

namespace OpenCity.Domain.ServiceRequests;

/// <summary>A kind of problem citizens may report, and the infrastructure domain whose department answers it.</summary>
public sealed class ServiceRequestCategory
{
    public long Id { get; set; }

    /// <summary>Stable public code, e.g. <c>streetlight_out</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Reports of this kind go to a department of this domain (see the routing rule in the README).</summary>
    public InfrastructureDomain Domain { get; set; }
}
