namespace OpenCity.Benchmarks.Queries;

/// <summary>The columns the GraphQL query selects, as the hand-written SQL reads them.</summary>
public sealed record ComponentRow(string Code, string Name, string Kind, string Status, DateOnly? InstalledOn);
