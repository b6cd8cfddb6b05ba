namespace OpenCity.GraphQL.Data.Cost;

/// <summary>
/// The estimate of what an operation asks for, made before it runs: <paramref name="Cost"/> (work:
/// objects and lists resolved, weighted), <paramref name="ResultSize"/> (values in the answer) and
/// <paramref name="Depth"/> (how deeply its fields nest).
/// </summary>
public sealed record QueryCost(double Cost, double ResultSize, int Depth);
