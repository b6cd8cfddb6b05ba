namespace OpenCity.Server.Auth;

/// <summary>A component the caller can see, and whether it may change it (<see cref="CityPolicy.ComponentAccessAsync"/>).</summary>
public sealed record ComponentWriteAccess(long Id, bool Allowed);
