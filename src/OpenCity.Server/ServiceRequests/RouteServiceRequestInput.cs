namespace OpenCity.Server.ServiceRequests;

/// <summary>The input of <c>routeServiceRequest</c>.</summary>
public sealed record RouteServiceRequestInput(string Code, string DepartmentCode, long? ExpectedVersion);
