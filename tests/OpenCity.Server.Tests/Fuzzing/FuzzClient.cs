using System.Diagnostics;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// Sends fuzz requests exactly as generated (headers unvalidated, bodies chunked or not, no
/// redirects followed) and records the answer; a request without an answer within the timeout
/// is reported as such, never retried.
/// </summary>
public sealed class FuzzClient : IDisposable
{
    private readonly HttpClient _client;
    private readonly TimeSpan _timeout;

    public FuzzClient(Uri baseAddress, TimeSpan timeout)
    {
        _timeout = timeout;
        _client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = baseAddress,
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Sends <paramref name="request"/> with <paramref name="traceParent"/> as its W3C trace context (see <see cref="ServerExceptionLog"/>).</summary>
    public async Task<FuzzResponse> SendAsync(FuzzRequest request, string traceParent, CancellationToken cancellationToken)
    {
        using var message = Message(request);
        message.Headers.TryAddWithoutValidation("traceparent", traceParent);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            return new FuzzResponse(
                (int)response.StatusCode,
                response.Content.Headers.ContentType?.ToString(),
                response.Headers.Location?.ToString(),
                body,
                stopwatch.Elapsed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FuzzResponse(0, null, null, [], stopwatch.Elapsed, TimedOut: true);
        }
        catch (HttpRequestException exception)
        {
            return new FuzzResponse(0, null, null, [], stopwatch.Elapsed, TransportError: exception.InnerException?.Message ?? exception.Message);
        }
    }

    public void Dispose() => _client.Dispose();

    private static HttpRequestMessage Message(FuzzRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Target);
        if (request.Body is not null || request.ContentType is not null)
        {
            message.Content = new ByteArrayContent(request.Body ?? []);
            if (request.ContentType is { } contentType)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        if (request.Chunked)
        {
            message.Headers.TransferEncodingChunked = true;
        }

        if (request.Accept is { } accept)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        foreach (var (name, value) in request.Headers ?? [])
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }
}
