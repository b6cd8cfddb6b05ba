namespace OpenCity.Server.ServiceRequests;

/// <summary>GraphQL input of <c>resolveServiceRequest</c>.</summary>
public sealed class ResolveServiceRequestInputType()
    : ServiceRequestStepInputType("ResolveServiceRequestInput", "Which report is fixed.", "What was done, in a few words; kept in the audit trail.");
