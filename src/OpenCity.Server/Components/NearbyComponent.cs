namespace OpenCity.Server.Components;

/// <summary>A component found by a nearest-first search and its distance from the search point.</summary>
public sealed record NearbyComponent(long ComponentId, double DistanceMeters);
