namespace OpenCity.Server.Ingestion;

/// <summary>What an accepted ingestion stored.</summary>
/// <param name="Rows">Readings in the request.</param>
/// <param name="Recorded">Readings stored.</param>
/// <param name="Duplicates">Readings already stored (same component, metric and time): counted, not stored again.</param>
public sealed record IngestionResult(long Rows, long Recorded, long Duplicates);
