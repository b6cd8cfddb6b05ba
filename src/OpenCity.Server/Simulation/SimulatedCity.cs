namespace OpenCity.Server.Simulation;

/// <summary>What the simulation acts on, read from the server at the start in a fixed order.</summary>
/// <param name="Sensors">Working sensors, with the metric, unit and level of their latest reading.</param>
/// <param name="Assets">Working assets that may fail, with a point on each (reports are made near them).</param>
/// <param name="Categories">What citizens may report.</param>
public sealed record SimulatedCity(
    IReadOnlyList<SimulatedSensor> Sensors, IReadOnlyList<SimulatedAsset> Assets, IReadOnlyList<string> Categories);
