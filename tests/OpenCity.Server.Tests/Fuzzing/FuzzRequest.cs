using System.Text;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// One HTTP request of the run, exactly as it goes on the wire: method, path and query string,
/// Content-Type and Accept (null: no header at all), the body bytes, whether the body is sent
/// chunked (no Content-Length), and other headers. <paramref name="Kind"/> says what it tests.
/// </summary>
public sealed record FuzzRequest(
    string Kind,
    string Method,
    string Target,
    string? ContentType,
    string? Accept,
    byte[]? Body,
    bool Chunked = false,
    IReadOnlyList<KeyValuePair<string, string>>? Headers = null)
{
    public const string Path = "/graphql";

    /// <summary>The request as text, the body cut after <paramref name="maxBody"/> characters.</summary>
    public string Describe(int maxBody)
    {
        var text = new StringBuilder($"{Method} {Truncate(Target, maxBody)}\n");
        text.Append(ContentType is null ? "(no Content-Type)\n" : $"Content-Type: {ContentType}\n");
        text.Append(Accept is null ? "(no Accept)\n" : $"Accept: {Accept}\n");
        foreach (var (name, value) in Headers ?? [])
        {
            text.Append($"{name}: {value}\n");
        }

        if (Body is { } body)
        {
            text.Append($"({body.Length} bytes{(Chunked ? ", chunked" : string.Empty)})\n");
            var shown = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, maxBody * 4));
            text.Append(Truncate(shown, maxBody));
        }

        return text.ToString();
    }

    /// <summary>
    /// A curl command that sends this request to a server at <paramref name="baseAddress"/>, the
    /// body read from <paramref name="bodyFile"/> (written by the caller: bodies may be binary).
    /// </summary>
    public string Curl(string baseAddress, string? bodyFile)
    {
        var command = new StringBuilder($"curl -si -X {Method} '{baseAddress.TrimEnd('/')}{Target.Replace("'", "'\\''", StringComparison.Ordinal)}'");
        command.Append(ContentType is null ? " -H 'Content-Type:'" : $" -H 'Content-Type: {ContentType}'");
        command.Append(Accept is null ? " -H 'Accept:'" : $" -H 'Accept: {Accept}'");
        foreach (var (name, value) in Headers ?? [])
        {
            command.Append($" -H '{name}: {value}'");
        }

        if (Chunked)
        {
            command.Append(" -H 'Transfer-Encoding: chunked'");
        }

        if (bodyFile is not null)
        {
            command.Append($" --data-binary @{bodyFile}");
        }

        return command.ToString();
    }

    /// <summary>The start of <paramref name="text"/>, never cutting a surrogate pair in two.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return string.Concat(text.AsSpan(0, cut), $"… ({text.Length - cut} more characters)");
    }
}
