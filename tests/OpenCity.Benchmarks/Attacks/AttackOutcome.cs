namespace OpenCity.Benchmarks.Attacks;

/// <summary>How one request ended: an answer, or a failure as the client saw it ("client timeout", "connection reset").</summary>
/// <param name="Response">The answer, when one arrived in time.</param>
/// <param name="Failure">Why there is no answer.</param>
/// <param name="Wall">From sending to the last byte of the answer, or to the failure.</param>
public sealed record AttackOutcome(AttackResponse? Response, string? Failure, TimeSpan Wall);
