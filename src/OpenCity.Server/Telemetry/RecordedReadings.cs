namespace OpenCity.Server.Telemetry;

/// <summary>What <c>recordReadings</c> did with a batch.</summary>
/// <param name="Recorded">Readings stored.</param>
/// <param name="Duplicates">Readings already on record (same asset, metric and moment, earlier or earlier in the batch), not stored again.</param>
public sealed record RecordedReadings(int Recorded, int Duplicates);
