using System.Diagnostics;
using System.Net.Http.Headers;

namespace OpenCity.Benchmarks.Attacks;

/// <summary>
/// Sends one attack with a client timeout, like <c>curl -m</c>: when the time is up the connection
/// is dropped, which is how the server learns that the client has gone.
/// </summary>
public sealed class AttackClient(Uri address) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };

    public async Task<AttackOutcome> SendAsync(AttackRequest request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = new HttpRequestMessage(request.Method, new Uri("/graphql", UriKind.Relative));
        if (request.Body is { } body)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var answer = await response.Content.ReadAsByteArrayAsync(deadline.Token);
            var elapsed = clock.Elapsed;
            var headers = response.Headers.Concat(response.Content.Headers)
                .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
            return new AttackOutcome(new AttackResponse((int)response.StatusCode, headers, answer), null, elapsed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AttackOutcome(null, "client timeout", clock.Elapsed);
        }
        catch (HttpRequestException)
        {
            return new AttackOutcome(null, "connection reset", clock.Elapsed);
        }
        catch (IOException)
        {
            return new AttackOutcome(null, "connection reset", clock.Elapsed);
        }
    }

    public void Dispose() => _http.Dispose();
}
