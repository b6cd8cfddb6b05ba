namespace OpenCity.Benchmarks.Spatial;

/// <summary>One component as the spatial baselines read it: what the GraphQL queries select.</summary>
public sealed record SpatialRow(string Code, string Name, string Kind, double? DistanceMeters);
