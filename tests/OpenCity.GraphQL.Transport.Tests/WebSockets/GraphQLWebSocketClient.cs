using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace OpenCity.GraphQL.Transport.Tests.WebSockets;

/// <summary>
/// A graphql-transport-ws client over a real <see cref="ClientWebSocket"/>: sends raw JSON, receives
/// one message or the server's close. Every wait has a safety timeout, so a broken server fails the
/// test instead of hanging it.
/// </summary>
public sealed class GraphQLWebSocketClient : IAsyncDisposable
{
    private static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(15);

    private readonly ClientWebSocket _socket = new();

    private GraphQLWebSocketClient()
    {
    }

    public WebSocketState State => _socket.State;

    public string? SubProtocol => _socket.SubProtocol;

    public static async Task<GraphQLWebSocketClient> ConnectAsync(Uri baseAddress)
    {
        var client = new GraphQLWebSocketClient();
        client._socket.Options.AddSubProtocol("graphql-transport-ws");
        var uri = new UriBuilder(baseAddress) { Scheme = "ws", Path = "/graphql" }.Uri;
        using var timeout = new CancellationTokenSource(SafetyTimeout);
        await client._socket.ConnectAsync(uri, timeout.Token);
        return client;
    }

    /// <summary>connection_init (with <paramref name="payloadJson"/> when given), then the ack.</summary>
    public async Task InitAsync(string? payloadJson = null)
    {
        await SendAsync(payloadJson is null ? """{"type":"connection_init"}""" : $$"""{"type":"connection_init","payload":{{payloadJson}}}""");
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack.Type);
    }

    public Task SubscribeAsync(string id, string query, string? variablesJson = null)
    {
        var payload = "{\"query\":" + JsonSerializer.Serialize(query) + (variablesJson is null ? "" : ",\"variables\":" + variablesJson) + "}";
        return SendAsync("{\"id\":" + JsonSerializer.Serialize(id) + ",\"type\":\"subscribe\",\"payload\":" + payload + "}");
    }

    public Task CompleteAsync(string id) => SendAsync($$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"complete"}""");

    public async Task SendAsync(string json)
    {
        using var timeout = new CancellationTokenSource(SafetyTimeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next message; fails when the server closes instead.</summary>
    public async Task<Message> ReceiveAsync()
    {
        var received = await ReceiveOrCloseAsync();
        return received ?? throw new Xunit.Sdk.XunitException($"The server closed the socket: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
    }

    /// <summary>Reads (and ignores) messages until the server closes; returns its close code and reason.</summary>
    public async Task<(int Code, string? Reason)> ClosedAsync()
    {
        while (await ReceiveOrCloseAsync() is not null)
        {
        }

        return ((int)_socket.CloseStatus!, _socket.CloseStatusDescription);
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(SafetyTimeout);
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
            }
        }

        _socket.Dispose();
    }

    private async Task<Message?> ReceiveOrCloseAsync()
    {
        using var timeout = new CancellationTokenSource(SafetyTimeout);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var received = await _socket.ReceiveAsync(chunk, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                }

                return null;
            }

            buffer.Write(chunk, 0, received.Count);
            if (received.EndOfMessage)
            {
                return new Message(JsonDocument.Parse(buffer.ToArray()).RootElement);
            }
        }
    }

    /// <summary>One server message.</summary>
    public sealed record Message(JsonElement Json)
    {
        public string? Type => Json.GetProperty("type").GetString();

        public string? Id => Json.TryGetProperty("id", out var id) ? id.GetString() : null;

        public JsonElement Payload => Json.GetProperty("payload");

        public override string ToString() => Json.GetRawText();
    }
}
