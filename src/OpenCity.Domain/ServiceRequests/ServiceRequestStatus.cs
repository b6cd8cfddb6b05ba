namespace OpenCity.Domain.ServiceRequests;

/// <summary>Where a citizen's report stands.</summary>
public enum ServiceRequestStatus
{
    Submitted = 0,
    Routed = 1,
    InProgress = 2,
    Resolved = 3,
    Closed = 4,
}
