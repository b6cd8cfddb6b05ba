namespace OpenCity.Server.Telemetry;

/// <summary>The input of <c>recordReadings</c>.</summary>
public sealed record RecordReadingsInput(IReadOnlyList<ReadingInput> Readings);
