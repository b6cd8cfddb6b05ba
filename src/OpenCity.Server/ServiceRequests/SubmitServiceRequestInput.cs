using NetTopologySuite.Geometries;

namespace OpenCity.Server.ServiceRequests;

/// <summary>The input of <c>submitServiceRequest</c>.</summary>
public sealed record SubmitServiceRequestInput(string Category, string Description, Geometry Location, string? IdempotencyKey);
