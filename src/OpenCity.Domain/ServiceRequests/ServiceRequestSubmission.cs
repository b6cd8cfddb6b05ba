using NetTopologySuite.Geometries;

namespace OpenCity.Domain.ServiceRequests;

/// <summary>
/// One citizen's report as it arrived: the first of a request, or a later one attached to it as a
/// duplicate. Keeps the replay key, so the same submission sent twice gets the first answer again.
/// </summary>
public sealed class ServiceRequestSubmission
{
    public long Id { get; set; }

    public long ServiceRequestId { get; set; }

    public ServiceRequest ServiceRequest { get; set; } = null!;

    /// <summary>The client's key for this submission; unique, so a replay finds the first answer.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>True when the report was attached to an open request instead of opening one.</summary>
    public bool Attached { get; set; }

    public required string Description { get; set; }

    public required Point Location { get; set; }

    /// <summary>UTC time it arrived.</summary>
    public DateTime SubmittedAt { get; set; }
}
