namespace OpenCity.Server.ServiceRequests;

/// <summary>GraphQL input of <c>startServiceRequest</c>.</summary>
public sealed class StartServiceRequestInputType()
    : ServiceRequestStepInputType("StartServiceRequestInput", "Which report work starts on.", "Who or what is on it, in a few words; kept in the audit trail.");
