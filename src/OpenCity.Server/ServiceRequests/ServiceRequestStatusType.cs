using OpenCity.Domain.ServiceRequests;
using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.ServiceRequests;

/// <summary>GraphQL enum of where a citizen's report stands.</summary>
public sealed class ServiceRequestStatusType()
    : DescribedEnumerationGraphType<ServiceRequestStatus>(
        "Where a citizen's report stands.",
        new Dictionary<ServiceRequestStatus, string>
        {
            [ServiceRequestStatus.Submitted] = "Received, not yet sent to a department.",
            [ServiceRequestStatus.Routed] = "Sent to the department responsible for that place and problem.",
            [ServiceRequestStatus.InProgress] = "The department is working on it.",
            [ServiceRequestStatus.Resolved] = "The department reports the problem fixed.",
            [ServiceRequestStatus.Closed] = "Finished: fixed, or closed without action.",
        });
