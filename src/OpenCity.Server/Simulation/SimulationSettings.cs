namespace OpenCity.Server.Simulation;

/// <summary>How lively the simulated city is.</summary>
/// <param name="Seed">The same seed on the same city makes the same run.</param>
/// <param name="ReadingsPerSecond">Sensor readings sent each second (one ingestion request per second).</param>
/// <param name="FailuresPerMinute">Assets that fail each minute; each is repaired 10 to 60 seconds later.</param>
/// <param name="ReportsPerMinute">Citizens' reports each minute, sent without a token as citizens do (the per-address limit applies).</param>
/// <param name="Seconds">How long to run; null: until stopped (Ctrl+C).</param>
public sealed record SimulationSettings(int Seed = 1, int ReadingsPerSecond = 20, double FailuresPerMinute = 2, double ReportsPerMinute = 4, int? Seconds = null);
