using NetTopologySuite.Geometries;
using OpenCity.Domain.Departments;
using OpenCity.Domain.Governance;

namespace OpenCity.Domain.ServiceRequests;

/// <summary>A problem reported by a citizen, routed to the responsible department.</summary>
public sealed class ServiceRequest
{
    public long Id { get; set; }

    /// <summary>Stable public reference, e.g. <c>SR-2025-000042</c>.</summary>
    public required string Code { get; set; }

    /// <summary>What kind of problem, e.g. <c>streetlight_out</c>, <c>water_leak</c>.</summary>
    public required string Category { get; set; }

    public required string Description { get; set; }

    /// <summary>Where the problem is, in WGS 84.</summary>
    public required Point Location { get; set; }

    /// <summary>
    /// <see cref="Location"/> rounded to about 50 m (<see cref="ReportedLocation.Round"/>): what the
    /// public sees and filters on. Null only on rows older than the column, which readers round on the fly.
    /// </summary>
    public Point? PublicLocation { get; set; }

    public ServiceRequestStatus Status { get; set; }

    public long? DepartmentId { get; set; }

    public Department? Department { get; set; }

    public long? GridUnitId { get; set; }

    public GovernanceUnit? GridUnit { get; set; }

    /// <summary>UTC time the report was submitted.</summary>
    public DateTime SubmittedAt { get; set; }

    /// <summary>UTC time of the last change of status.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>How many citizens reported this problem: the first report and those attached to it as duplicates.</summary>
    public int ReportCount { get; set; } = 1;

    /// <summary>Counts the committed changes of this request; a write that names an older version loses (optimistic concurrency).</summary>
    public long Version { get; set; }
}
