namespace OpenCity.Server.Simulation;

/// <summary>One thing the simulated city does in a second: a reading, a failure, a repair or a citizen's report.</summary>
public abstract record SimulationAction
{
    /// <summary>A sensor measures <paramref name="Value"/>.</summary>
    public sealed record Reading(int Sensor, double Value) : SimulationAction;

    /// <summary>An asset fails.</summary>
    public sealed record Failure(int Asset) : SimulationAction;

    /// <summary>A failed asset is repaired.</summary>
    public sealed record Repair(int Asset) : SimulationAction;

    /// <summary>A citizen reports a problem of a category near a point, with a key of its own.</summary>
    public sealed record Report(string Category, double Longitude, double Latitude, string Description, string IdempotencyKey) : SimulationAction;
}
