using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using OpenCity.GraphQL.Transport.Errors;
using OpenCity.GraphQL.Transport.Http;
using OpenCity.GraphQL.Transport.Limits;

namespace OpenCity.GraphQL.Transport.Sse;

/// <summary>
/// Writes the graphql-sse event stream of one response: <c>next</c> events carrying execution
/// results, the final <c>complete</c>, and comment lines that keep an idle stream open through
/// proxies. Not thread-safe: one loop writes.
/// </summary>
internal sealed class ServerSentEventWriter(HttpContext context, IGraphQLTextSerializer serializer, long maxMessageBytes)
{
    private static readonly byte[] Comment = ":\n\n"u8.ToArray();
    private static readonly byte[] NextPrefix = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] Complete = "event: complete\n\n"u8.ToArray();

    private readonly HttpResponse _response = context.Response;

    /// <summary>Sends the headers and a first comment, so that the client (and any proxy) sees the stream open at once.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _response.StatusCode = StatusCodes.Status200OK;
        _response.ContentType = GraphQLMediaTypes.EventStream + "; charset=utf-8";
        _response.Headers.CacheControl = "no-cache";
        _response.Headers["X-Accel-Buffering"] = "no"; // nginx would otherwise hold events back
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await WriteAsync(Comment, cancellationToken);
    }

    /// <summary>
    /// One <c>next</c> event. A result larger than the message cap is replaced by a RESULT_TOO_LARGE
    /// error: the stream goes on, and the client learns what it missed.
    /// </summary>
    public async Task WriteNextAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        using var json = new CappedBufferStream(maxMessageBytes);
        try
        {
            await serializer.WriteAsync(json, result, cancellationToken);
        }
        catch (ResultTooLargeException)
        {
            json.SetLength(0);
            await serializer.WriteAsync(json, new ExecutionResult(new ResultTooLargeError(maxMessageBytes)) { Executed = true }, cancellationToken);
        }

        // The serializer writes compact JSON, whose strings escape line breaks: the data is one line.
        await _response.Body.WriteAsync(NextPrefix, cancellationToken);
        await _response.Body.WriteAsync(json.GetBuffer().AsMemory(0, (int)json.Length), cancellationToken);
        await WriteAsync(EventEnd, cancellationToken);
    }

    public Task WriteCompleteAsync(CancellationToken cancellationToken) => WriteAsync(Complete, cancellationToken);

    public Task WriteKeepAliveAsync(CancellationToken cancellationToken) => WriteAsync(Comment, cancellationToken);

    private async Task WriteAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        await _response.Body.WriteAsync(bytes, cancellationToken);
        await _response.Body.FlushAsync(cancellationToken);
    }
}
