namespace OpenCity.Benchmarks.Attacks;

/// <summary>One row of the table: what the client saw and what the server spent on one shape.</summary>
/// <param name="Shape">The shape's name, with the environment when not Production.</param>
/// <param name="RequestBytes">The request body's size.</param>
/// <param name="Status">The HTTP status, or "client timeout", "connection reset", "server died".</param>
/// <param name="Codes">The distinct <c>errors[].extensions.code</c>, first few, with counts.</param>
/// <param name="AnswerBytes">The answer's size, when one came.</param>
/// <param name="Wall">From sending to the answer's last byte or the failure.</param>
/// <param name="CpuDuringMs">The server's CPU time while the request ran.</param>
/// <param name="CpuAfterMs">The server's CPU time in the 10 s after the client got its answer or gave up.</param>
/// <param name="RssBeforeMb">The server's resident memory before the request.</param>
/// <param name="RssPeakMb">The highest resident memory sampled while the request ran.</param>
/// <param name="RssAfterMb">The resident memory when the client got its answer or gave up.</param>
/// <param name="AnswersAfterwards">Whether the server still answered <c>{ __typename }</c> afterwards.</param>
/// <param name="Notes">Restarts, leaks, CORS headers, how long the server stayed busy.</param>
/// <param name="ServerOutput">What the server wrote while the request ran, when it died.</param>
public sealed record AttackResult(
    string Shape,
    long RequestBytes,
    string Status,
    string Codes,
    long? AnswerBytes,
    TimeSpan Wall,
    double? CpuDuringMs,
    double? CpuAfterMs,
    double? RssBeforeMb,
    double? RssPeakMb,
    double? RssAfterMb,
    string AnswersAfterwards,
    string Notes,
    string? ServerOutput);
