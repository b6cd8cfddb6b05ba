using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Errors;
using OpenCity.GraphQL.Transport.Limits;

namespace OpenCity.GraphQL.Transport.Sse;

/// <summary>
/// GraphQL over Server-Sent Events (graphql-sse, distinct connections mode): one operation per
/// request, its results as <c>next</c> events, then <c>complete</c>. The HTTP middleware reads,
/// authenticates and checks the request as for JSON and hands it here when the client accepts
/// <c>text/event-stream</c>; a query or mutation sends one <c>next</c>, a subscription one per event
/// until its source completes, the client leaves or the server stops.
/// </summary>
public sealed class GraphQLSseHandler(
    IDocumentExecuter<ISchema> documentExecuter,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLLimitsOptions> limits,
    IHostApplicationLifetime lifetime)
{
    private static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Executes the operation and streams its results. Returns the answer to send as plain JSON instead
    /// when the operation is refused before any work (e.g. 503 SERVER_BUSY, 405 for a mutation over
    /// GET): graphql-over-http's statuses. Errors of the document itself (syntax, validation, limits)
    /// are sent through the stream, as graphql-sse demands: an EventSource would hide a 400's body.
    /// </summary>
    public async Task<ExecutionResult?> ServeAsync(HttpContext context, ExecutionOptions options)
    {
        var aborted = context.RequestAborted;

        // Setup only: the admission slot and the operation's timeout end when ExecuteAsync returns,
        // which for a subscription is once its source stream exists, not when it ends.
        ExecutionResult result;
        try
        {
            result = await documentExecuter.ExecuteAsync(options);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            return null; // The client went away; nobody is left to read an answer.
        }

        if (!result.Executed && result.Errors?.OfType<IHasHttpStatusCode>().FirstOrDefault() is { StatusCode: not StatusCodes.Status400BadRequest })
        {
            return result;
        }

        var writer = new ServerSentEventWriter(context, serializer, limits.Value.MaxResultBytes);
        try
        {
            await writer.StartAsync(aborted);
            if (result.Streams is { Count: > 0 } streams)
            {
                var session = new EventStreamSession(writer, KeepAliveInterval);
                await session.RunAsync(streams.Values.First(), aborted, lifetime.ApplicationStopping);
            }
            else
            {
                await writer.WriteNextAsync(result, aborted);
                await writer.WriteCompleteAsync(aborted);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && aborted.IsCancellationRequested)
        {
            // The client left mid-stream: the source was disposed on the way out.
        }

        return null;
    }
}
