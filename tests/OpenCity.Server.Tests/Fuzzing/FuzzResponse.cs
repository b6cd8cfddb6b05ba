namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// What came back for one request: status, Content-Type, Location, the body (raw bytes and as
/// text), how long it took; or that no answer came in time, or no HTTP answer at all.
/// </summary>
public sealed record FuzzResponse(
    int Status,
    string? ContentType,
    string? Location,
    byte[] Body,
    TimeSpan Elapsed,
    bool TimedOut = false,
    string? TransportError = null)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    public string Describe(int maxBody) =>
        TimedOut ? $"no answer after {Elapsed.TotalSeconds:0.0} s"
        : TransportError is { } error ? $"no HTTP answer: {error}"
        : $"HTTP {Status} ({ContentType ?? "no Content-Type"}{(Location is null ? string.Empty : ", Location: " + Location)}) in {Elapsed.TotalMilliseconds:0} ms\n{FuzzRequest.Truncate(BodyText, maxBody)}";
}
