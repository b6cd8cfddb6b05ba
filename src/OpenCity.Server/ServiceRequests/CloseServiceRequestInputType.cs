namespace OpenCity.Server.ServiceRequests;

/// <summary>GraphQL input of <c>closeServiceRequest</c>.</summary>
public sealed class CloseServiceRequestInputType()
    : ServiceRequestStepInputType("CloseServiceRequestInput", "Which report is finished.", "Why it is closed (fixed, no action needed, not the city's), in a few words; kept in the audit trail.");
