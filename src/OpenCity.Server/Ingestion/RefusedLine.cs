namespace OpenCity.Server.Ingestion;

/// <summary>A line that was not accepted: where, why (a stable code) and in words.</summary>
public sealed record RefusedLine(long Line, string Code, string Message);
