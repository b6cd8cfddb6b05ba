namespace OpenCity.Server.Simulation;

/// <summary>An asset that may fail, and a point on it (longitude, latitude).</summary>
public sealed record SimulatedAsset(string Code, double Longitude, double Latitude);
