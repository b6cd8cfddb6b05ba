namespace OpenCity.Server.Telemetry;

/// <summary>One reading of <c>recordReadings</c>.</summary>
public sealed record ReadingInput(string ComponentCode, string Metric, DateTime MeasuredAt, double Value, string UnitOfMeasure);
