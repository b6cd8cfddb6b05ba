namespace OpenCity.Server.ServiceRequests;

/// <summary>The input of one step of a report's work: <c>startServiceRequest</c>, <c>resolveServiceRequest</c>, <c>closeServiceRequest</c>.</summary>
public sealed record ServiceRequestStepInput(string Code, string? Note, long? ExpectedVersion);
