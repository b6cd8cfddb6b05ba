using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Errors;
using OpenCity.GraphQL.Transport.Execution;
using OpenCity.GraphQL.Transport.Http;
using OpenCity.GraphQL.Transport.Limits;
using OpenCity.GraphQL.Transport.Streaming;

namespace OpenCity.GraphQL.Transport.Sse;

/// <summary>
/// GraphQL over Server-Sent Events (graphql-sse, distinct connections mode): one operation per
/// request, its results as <c>next</c> events, then <c>complete</c>. The HTTP middleware reads and
/// checks the request as for JSON and hands it here when the client accepts <c>text/event-stream</c>.
/// A query or mutation sends one <c>next</c>; a subscription one per event until its source completes,
/// the client leaves (the source is disposed), the server stops, the credentials expire or the client
/// reads so slowly that too many results were dropped. Each response is a <see cref="StreamConnection"/>
/// (transport <c>sse</c>): its queue, limits and metrics are those of every streaming transport.
/// </summary>
public sealed class GraphQLSseHandler(
    StreamOperationExecutor executor,
    IStreamAuthenticator authenticator,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLStreamingOptions> streaming,
    IOptions<GraphQLLimitsOptions> limits,
    GraphQLInstrumentation instrumentation,
    IHostApplicationLifetime lifetime)
{
    public const string Transport = "sse";

    private static readonly IValidationRule[] GetRules = [HttpOperationTypeValidationRule.EventStreamGet];

    /// <summary>
    /// Streams the operation. Returns the refusal to answer as plain JSON instead when the stream cannot
    /// start (credentials the authenticator refuses: 401). Everything after that, errors of the document
    /// included (syntax, validation, limits, a mutation over GET), is sent through the stream, as
    /// graphql-sse demands: an EventSource would hide a refusal's body.
    /// </summary>
    public async Task<GraphQLHttpError?> ServeAsync(HttpContext context, GraphQLRequest request, bool isGet)
    {
        var aborted = context.RequestAborted;
        using var connection = new StreamConnection(context, Transport, streaming.Value, instrumentation);

        // Credentials come with the request's headers: there is no payload to read them from.
        var authentication = await authenticator.AuthenticateAsync(context, payload: null, aborted);
        if (authentication.Failure is { } failure)
        {
            return new UnauthenticatedError(failure.Message);
        }

        connection.SignIn(authentication);
        var writer = new ServerSentEventWriter(context, serializer, limits.Value.MaxResultBytes);
        var session = new EventStreamSession(connection, writer, streaming.Value);
        try
        {
            await writer.StartAsync(aborted);
            await session.RunAsync(
                cancellationToken => executor.RunAsync(connection, EventStreamSession.OperationId, request, isGet ? GetRules : [], cancellationToken),
                lifetime.ApplicationStopping,
                aborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && aborted.IsCancellationRequested)
        {
            // The client left: its source was disposed on the way out, and nobody is left to write to.
        }

        return null;
    }
}
