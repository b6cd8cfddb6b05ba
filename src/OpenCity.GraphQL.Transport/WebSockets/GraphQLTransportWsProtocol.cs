using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Logging;
using OpenCity.GraphQL.Transport.Streaming;
using static OpenCity.GraphQL.Transport.WebSockets.GraphQLTransportWsCloseCodes;

namespace OpenCity.GraphQL.Transport.WebSockets;

/// <summary>
/// The graphql-transport-ws state machine of one connection (graphql-ws's PROTOCOL.md): one
/// <c>connection_init</c> within the timeout, authenticated by <see cref="IStreamAuthenticator"/>, then
/// <c>subscribe</c>/<c>complete</c> by id, <c>ping</c>/<c>pong</c> both ways; every violation closes the
/// socket with its code. Operations run concurrently through <see cref="StreamOperationExecutor"/>;
/// messages are handled one at a time, in order.
/// </summary>
internal sealed partial class GraphQLTransportWsProtocol(
    WebSocketConnection connection,
    StreamConnection stream,
    StreamOperationExecutor executor,
    IStreamAuthenticator authenticator,
    IGraphQLTextSerializer serializer,
    GraphQLStreamingOptions options,
    int maxNesting,
    ILogger logger)
{
    private static readonly StreamMessage Ack = new("connection_ack");
    private static readonly StreamMessage Ping = new("ping");
    private static readonly StreamMessage Pong = new("pong");

    private readonly Dictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly HashSet<Task> _running = [];
    private readonly Lock _lock = new();
    private bool _initReceived;
    private bool _acknowledged;

    /// <summary>The watchers of a connection: init timeout, keep-alive pings, credential expiry, dropped messages.</summary>
    public async Task WatchAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, cancellationToken);
            if (!Volatile.Read(ref _initReceived))
            {
                connection.RequestClose(ConnectionInitialisationTimeout, "Connection initialisation timeout");
                return;
            }

            if (options.KeepAliveInterval > TimeSpan.Zero)
            {
                using var timer = new PeriodicTimer(options.KeepAliveInterval);
                while (await timer.WaitForNextTickAsync(cancellationToken))
                {
                    stream.Send(Ping);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The connection ended.
        }
    }

    /// <summary>Waits for the operations still running (they are being cancelled) so none outlives its request.</summary>
    public Task WhenOperationsEndedAsync()
    {
        lock (_lock)
        {
            return Task.WhenAll(_running);
        }
    }

    public async Task HandleAsync(ReadOnlyMemory<byte> bytes)
    {
        if (connection.IsClosing)
        {
            return;
        }

        try
        {
            await HandleMessageAsync(bytes);
        }
        catch (Exception exception) when (!connection.Closing.IsCancellationRequested)
        {
            LogMessageFailed(logger, exception);
            connection.RequestClose(InternalServerError, "Internal server error");
        }
    }

    private async Task HandleMessageAsync(ReadOnlyMemory<byte> bytes)
    {

        JsonDocument document;
        try
        {
            // The payload's variables nest inside the message and its payload: two levels more.
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = maxNesting + 2 });
        }
        catch (JsonException)
        {
            connection.RequestClose(BadRequest, "Invalid message: not JSON, or nested too deeply");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String)
            {
                connection.RequestClose(BadRequest, "Invalid message: a JSON object with a string 'type' is expected");
                return;
            }

            var payload = root.TryGetProperty("payload", out var value) && value.ValueKind != JsonValueKind.Null ? value : (JsonElement?)null;
            switch (type.GetString())
            {
                case "connection_init":
                    await InitAsync(payload);
                    break;
                case "ping":
                    stream.Send(Pong);
                    break;
                case "pong":
                    break;
                case "subscribe":
                    Subscribe(root, payload);
                    break;
                case "complete":
                    Complete(root);
                    break;
                default:
                    connection.RequestClose(BadRequest, $"Invalid message type '{type.GetString()}'");
                    break;
            }
        }
    }

    private async Task InitAsync(JsonElement? payload)
    {
        if (_initReceived)
        {
            connection.RequestClose(TooManyRequests, "Too many initialisation requests");
            return;
        }

        Volatile.Write(ref _initReceived, true);
        if (payload is { ValueKind: not JsonValueKind.Object })
        {
            connection.RequestClose(BadRequest, "Invalid message: the connection_init payload must be an object");
            return;
        }

        var result = await authenticator.AuthenticateAsync(stream.HttpContext, payload?.Clone(), connection.Closing);
        if (result.Failure is not null)
        {
            connection.RequestClose(Forbidden, "Forbidden");
            return;
        }

        stream.SignIn(result);
        if (stream.CredentialsExpired.IsCancellationRequested)
        {
            connection.RequestClose(Forbidden, "Forbidden: the credentials have expired");
            return;
        }

        stream.CredentialsExpired.Register(() => connection.RequestClose(Forbidden, "Forbidden: the credentials have expired"));
        _acknowledged = true;
        stream.Send(Ack);
    }

    private void Subscribe(JsonElement message, JsonElement? payload)
    {
        if (!_acknowledged)
        {
            connection.RequestClose(Unauthorized, "Unauthorized");
            return;
        }

        if (IdOf(message) is not { } id)
        {
            return;
        }

        GraphQLRequest? request = null;
        try
        {
            if (payload is { ValueKind: JsonValueKind.Object } body)
            {
                request = serializer.ReadNode<GraphQLRequest>(body);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Well-formed JSON of the wrong shape ("query": 1), whatever the reader throws: the client's mistake.
        }

        if (request is null || string.IsNullOrEmpty(request.Query))
        {
            connection.RequestClose(BadRequest, "Invalid message: subscribe needs a payload with a string 'query'");
            return;
        }

        var operation = CancellationTokenSource.CreateLinkedTokenSource(connection.Closing);
        lock (_lock)
        {
            if (!_operations.TryAdd(id, operation))
            {
                operation.Dispose();
                connection.RequestClose(SubscriberAlreadyExists, $"Subscriber for {id} already exists");
                return;
            }

            var running = RunAsync(id, request, operation);
            if (!running.IsCompleted)
            {
                _running.Add(running);
                _ = running.ContinueWith(Untrack, TaskScheduler.Default);
            }
        }
    }

    private void Complete(JsonElement message)
    {
        if (IdOf(message) is not { } id)
        {
            return;
        }

        CancellationTokenSource? operation;
        lock (_lock)
        {
            _operations.Remove(id, out operation);
        }

        operation?.Cancel();
        stream.Discard(id);
    }

    private async Task RunAsync(string id, GraphQLRequest request, CancellationTokenSource operation)
    {
        await Task.Yield(); // the reader goes on to the next message while this runs
        try
        {
            var completed = await executor.RunAsync(stream, id, request, operation.Token);
            if (Forget(id, operation) && completed)
            {
                stream.Send(StreamMessage.Complete(id));
            }
        }
        catch (Exception exception) when (!operation.IsCancellationRequested)
        {
            LogOperationFailed(logger, exception);
            connection.RequestClose(InternalServerError, "Internal server error");
        }
        catch (Exception) when (operation.IsCancellationRequested)
        {
            // Completed by the client or ended with the connection: whatever it threw, nobody waits for it.
        }
        finally
        {
            Forget(id, operation);
            operation.Dispose();
        }
    }

    /// <summary>Frees the id for reuse; false when the client completed the operation already.</summary>
    private bool Forget(string id, CancellationTokenSource operation)
    {
        lock (_lock)
        {
            return _operations.TryGetValue(id, out var current) && current == operation && _operations.Remove(id);
        }
    }

    private void Untrack(Task running)
    {
        lock (_lock)
        {
            _running.Remove(running);
        }
    }

    private string? IdOf(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        connection.RequestClose(BadRequest, "Invalid message: a non-empty string 'id' is expected");
        return null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL WebSocket message could not be handled; the connection is closed with 4500")]
    private static partial void LogMessageFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL WebSocket operation failed unexpectedly; the connection is closed with 4500")]
    private static partial void LogOperationFailed(ILogger logger, Exception exception);
}
