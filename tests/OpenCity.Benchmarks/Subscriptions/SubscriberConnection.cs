using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace OpenCity.Benchmarks.Subscriptions;

/// <summary>
/// One graphql-transport-ws connection holding many <c>componentChanged</c> subscriptions: it records,
/// for every delivery, how long after the event's <c>occurredAt</c> it arrived, and counts what the
/// server reported lost (<c>missed</c>, <c>extensions.dropped</c>) or refused.
/// </summary>
public sealed class SubscriberConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly DeliveryLog _log;
    private Task? _receiving;

    private SubscriberConnection(ClientWebSocket socket, DeliveryLog log)
    {
        _socket = socket;
        _log = log;
    }

    /// <summary>Opens the socket and waits for <c>connection_ack</c>.</summary>
    public static async Task<SubscriberConnection> ConnectAsync(Uri server, DeliveryLog log, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(new UriBuilder(server) { Scheme = "ws", Path = "/graphql" }.Uri, cancellationToken);
        var connection = new SubscriberConnection(socket, log);
        await connection.SendAsync("""{"type":"connection_init"}""", cancellationToken);
        var ack = await connection.ReceiveAsync(new byte[4096], cancellationToken);
        if (ack is null || !ack.RootElement.GetProperty("type").ValueEquals("connection_ack"))
        {
            throw new InvalidOperationException($"No connection_ack: {ack?.RootElement.GetRawText() ?? socket.CloseStatusDescription}");
        }

        connection._receiving = Task.Run(() => connection.ReceiveAllAsync(CancellationToken.None), CancellationToken.None);
        return connection;
    }

    public Task SubscribeAsync(string id, string query, object? variables, CancellationToken cancellationToken) =>
        SendAsync(JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query, variables } }), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                if (_receiving is not null)
                {
                    await _receiving.WaitAsync(timeout.Token);
                }
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or TimeoutException)
            {
            }
        }

        _socket.Dispose();
    }

    private async Task ReceiveAllAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        try
        {
            while (await ReceiveAsync(buffer, cancellationToken) is { } message)
            {
                using (message)
                {
                    Record(message.RootElement);
                }
            }
        }
        catch (WebSocketException)
        {
            // Closed under us: what came is recorded.
        }
    }

    private void Record(JsonElement message)
    {
        var received = DateTime.UtcNow;
        var type = message.GetProperty("type").GetString();
        if (type != "next")
        {
            // Pings are switched off in the benchmark's settings: anything else is a refusal or an end.
            _log.Failed(message.GetRawText());
            return;
        }

        var payload = message.GetProperty("payload");
        if (payload.TryGetProperty("errors", out _))
        {
            _log.Failed(payload.GetRawText());
            return;
        }

        var delivered = payload.GetProperty("data").GetProperty("componentChanged");
        var dropped = payload.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("dropped", out var count) ? count.GetInt64() : 0;
        _log.Delivered(
            (received - delivered.GetProperty("occurredAt").GetDateTime().ToUniversalTime()).TotalMilliseconds,
            delivered.GetProperty("missed").GetInt64(),
            dropped,
            received);
    }

    private async Task SendAsync(string json, CancellationToken cancellationToken) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private async Task<JsonDocument?> ReceiveAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            if (received.EndOfMessage && message.Length == 0)
            {
                return JsonDocument.Parse(buffer.AsMemory(0, received.Count));
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return JsonDocument.Parse(message.ToArray());
            }
        }
    }
}
