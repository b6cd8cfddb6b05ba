namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>A SQL command as EF Core sent it, to be read or run again (under EXPLAIN).</summary>
public sealed record CapturedCommand(string Text, IReadOnlyList<CapturedParameter> Parameters);
