namespace OpenCity.Benchmarks.Attacks;

/// <summary>What the server answered: status, headers (response and content, by name) and the body as sent.</summary>
public sealed record AttackResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body);
