namespace OpenCity.Server.Simulation;

/// <summary>A sensor the simulation sends readings for, starting at <paramref name="Level"/>.</summary>
public sealed record SimulatedSensor(string Code, string Metric, string Unit, double Level);
