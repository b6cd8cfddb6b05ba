namespace OpenCity.Server.Ingestion;

/// <summary>One reading as a line of the body gave it, before its component is looked up.</summary>
public sealed record ReadingLine(long Line, string ComponentCode, string Metric, DateTime MeasuredAt, double Value, string UnitOfMeasure);
