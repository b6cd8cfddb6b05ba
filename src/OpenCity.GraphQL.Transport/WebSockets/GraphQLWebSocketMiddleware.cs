using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Availability;
using OpenCity.GraphQL.Transport.Errors;
using OpenCity.GraphQL.Transport.Execution;
using OpenCity.GraphQL.Transport.Limits;
using OpenCity.GraphQL.Transport.Streaming;

namespace OpenCity.GraphQL.Transport.WebSockets;

/// <summary>
/// GraphQL over WebSocket with the <c>graphql-transport-ws</c> subprotocol (the graphql-ws library's)
/// on the GraphQL endpoint; other requests pass through. Each socket gets a
/// <see cref="WebSocketConnection"/> (I/O), a <see cref="GraphQLTransportWsProtocol"/> (the protocol)
/// and a <see cref="StreamConnection"/> (queue, limits, metrics), and is closed with a reason when the
/// connection loses too many results (4429) or the host stops (1001). An open socket counts as a
/// request in flight for <see cref="ServerReadiness"/>: the host drains it by closing it.
/// </summary>
public sealed partial class GraphQLWebSocketMiddleware(
    RequestDelegate next,
    StreamOperationExecutor executor,
    IGraphQLTextSerializer serializer,
    GraphQLInstrumentation instrumentation,
    ServerReadiness readiness,
    IHostApplicationLifetime lifetime,
    IOptions<GraphQLStreamingOptions> options,
    IOptions<GraphQLLimitsOptions> limits,
    ILogger<GraphQLWebSocketMiddleware> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await next(context);
            return;
        }

        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, new InvalidRequestError(
                $"GraphQL over WebSocket speaks the '{SubProtocol}' subprotocol (graphql-ws): ask for it in Sec-WebSocket-Protocol."));
            return;
        }

        try
        {
            if (readiness.Enter())
            {
                await ServeAsync(context);
            }
            else
            {
                await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, readiness.IsStopping ? new ServerStoppingError() : new ServerNotReadyError());
            }
        }
        finally
        {
            readiness.Exit();
        }
    }

    private async Task ServeAsync(HttpContext context)
    {
        var settings = options.Value;
        using var socket = await context.WebSockets.AcceptWebSocketAsync(SubProtocol);
        using var stream = new StreamConnection(context, "ws", settings, instrumentation);
        using var connection = new WebSocketConnection(socket, stream, serializer, settings.MaxMessageBytes, limits.Value.MaxResultBytes);
        var protocol = new GraphQLTransportWsProtocol(
            connection, stream, executor, context.RequestServices.GetRequiredService<IStreamAuthenticator>(), serializer, settings, limits.Value.MaxNesting, logger);

        using var stopping = lifetime.ApplicationStopping.Register(() => connection.RequestClose(GraphQLTransportWsCloseCodes.GoingAway, "Server shutting down"));
        _ = stream.DroppedPastLimit.ContinueWith(
            _ => connection.RequestClose(GraphQLTransportWsCloseCodes.TooManyRequests, "Too many dropped messages: read faster"),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        var watching = protocol.WatchAsync(connection.Closing);
        try
        {
            await connection.RunAsync(protocol.HandleAsync);
        }
        catch (Exception exception) when (exception is System.Net.WebSockets.WebSocketException or IOException or OperationCanceledException)
        {
            // The client went away without closing.
        }
        catch (Exception exception)
        {
            LogConnectionFailed(logger, exception);
        }
        finally
        {
            await watching;
            await protocol.WhenOperationsEndedAsync();
        }
    }

    private async Task RefuseAsync(HttpContext context, int statusCode, ExecutionError error)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, new ExecutionResult(error), context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL WebSocket connection failed unexpectedly")]
    private static partial void LogConnectionFailed(ILogger logger, Exception exception);
}
