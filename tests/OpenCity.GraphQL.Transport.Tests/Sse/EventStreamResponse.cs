using System.Net;
using System.Text;

namespace OpenCity.GraphQL.Transport.Tests.Sse;

/// <summary>
/// A response read as it arrives (the client's side of graphql-sse): events one at a time, comments
/// counted. Every read has a safety timeout, so a stream that never sends fails the test instead of hanging it.
/// </summary>
public sealed class EventStreamResponse(HttpResponseMessage message, StreamReader reader) : IDisposable
{
    public static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(15);

    public HttpResponseMessage Message => message;

    public HttpStatusCode Status => message.StatusCode;

    public string? MediaType => message.Content.Headers.ContentType?.MediaType;

    /// <summary>Comment lines (keep-alives) read so far.</summary>
    public int Comments { get; private set; }

    public static async Task<EventStreamResponse> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        request.Headers.TryAddWithoutValidation("Accept", "text/event-stream");
        var message = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = await message.Content.ReadAsStreamAsync();
        return new EventStreamResponse(message, new StreamReader(body, Encoding.UTF8));
    }

    /// <summary>The next event, or null when the server ended the response.</summary>
    public async Task<ServerSentEvent?> ReadEventAsync()
    {
        using var timeout = new CancellationTokenSource(SafetyTimeout);
        string? type = null;
        StringBuilder? data = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (type is not null || data is not null)
                {
                    return new ServerSentEvent(type ?? "message", data?.ToString());
                }

                continue;
            }

            if (line[0] == ':')
            {
                Comments++;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
            if (field == "event")
            {
                type = value;
            }
            else if (field == "data")
            {
                data = data is null ? new StringBuilder(value) : data.Append('\n').Append(value);
            }
        }

        return type is null && data is null ? null : new ServerSentEvent(type ?? "message", data?.ToString());
    }

    /// <summary>Reads until <paramref name="count"/> comments (keep-alives) have arrived in all; fails on an event meanwhile.</summary>
    public async Task WaitForCommentsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(SafetyTimeout);
        while (Comments < count && await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(':'))
            {
                Comments++;
            }
            else if (line.Length > 0)
            {
                throw new InvalidOperationException($"Expected only keep-alives, got '{line}'.");
            }
        }
    }

    /// <summary>The whole body, for an answer that is not a stream (a refusal).</summary>
    public Task<string> ReadToEndAsync() => reader.ReadToEndAsync();

    public void Dispose()
    {
        reader.Dispose();
        message.Dispose();
    }
}
