using OpenCity.Domain.ServiceRequests;
using OpenCity.Server.Writes;

namespace OpenCity.Server.ServiceRequests;

/// <summary>
/// The steps a report may take, the one place they are listed: <c>Submitted → Routed → InProgress →
/// Resolved → Closed</c>; a routed report may be routed again (to another department), and a report
/// may be closed without action before work starts (spam, already fixed, not the city's). Anything
/// else is <see cref="InvalidTransitionError"/>.
/// </summary>
public static class ServiceRequestWorkflow
{
    public static bool Allows(ServiceRequestStatus from, ServiceRequestStatus to) => (from, to) switch
    {
        (ServiceRequestStatus.Submitted, ServiceRequestStatus.Routed) => true,
        (ServiceRequestStatus.Routed, ServiceRequestStatus.Routed) => true,
        (ServiceRequestStatus.Routed, ServiceRequestStatus.InProgress) => true,
        (ServiceRequestStatus.InProgress, ServiceRequestStatus.Resolved) => true,
        (ServiceRequestStatus.Resolved, ServiceRequestStatus.Closed) => true,
        (ServiceRequestStatus.Submitted or ServiceRequestStatus.Routed, ServiceRequestStatus.Closed) => true,
        _ => false,
    };

    /// <summary>Null when <paramref name="request"/> may go to <paramref name="to"/>; else why not.</summary>
    public static InvalidTransitionError? Check(ServiceRequest request, ServiceRequestStatus to)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Allows(request.Status, to)
            ? null
            : new InvalidTransitionError(
                $"Report {request.Code} is {request.Status}; it cannot go to {to} from there (the steps are Submitted → Routed → InProgress → Resolved → Closed, or closed without action before work starts).",
                request.Status.ToString(),
                to.ToString());
    }
}
