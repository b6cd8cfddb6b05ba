using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.GraphQL.Transport.Execution;
using OpenCity.GraphQL.Transport.Tests.TestSchema;

namespace OpenCity.GraphQL.Transport.Tests.WebSockets;

/// <summary>
/// What happens to a WebSocket over time, each on a server of its own with small settings: the
/// initialisation timeout, the server's pings, a client too slow to read, and the host stopping.
/// </summary>
public sealed class WebSocketLifetimeTests
{
    [Fact]
    public async Task A_socket_without_connection_init_closes_with_4408()
    {
        await using var server = await StartAsync(new() { ["OpenCity:GraphQL:Streaming:ConnectionInitTimeout"] = "00:00:00.200" });
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server.BaseAddress);

        Assert.Equal((4408, "Connection initialisation timeout"), await client.ClosedAsync());
    }

    [Fact]
    public async Task The_server_pings_every_keep_alive_interval_once_acknowledged()
    {
        await using var server = await StartAsync(new()
        {
            ["OpenCity:GraphQL:Streaming:ConnectionInitTimeout"] = "00:00:00.100",
            ["OpenCity:GraphQL:Streaming:KeepAliveInterval"] = "00:00:00.050",
        });
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server.BaseAddress);
        await client.InitAsync();

        Assert.Equal("ping", (await client.ReceiveAsync()).Type);
        await client.SendAsync("""{"type":"pong"}""");
        Assert.Equal("ping", (await client.ReceiveAsync()).Type);
    }

    [Fact]
    public async Task A_slow_reader_loses_the_oldest_events_and_is_told_how_many_in_the_next_one_it_gets()
    {
        await using var server = await StartAsync(SlowReaderSettings(maxDropped: 1_000_000));
        var channel = Guid.NewGuid().ToString("N");
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server.BaseAddress);
        await client.InitAsync();
        await client.SubscribeAsync("s", $$"""subscription { events(channel: "{{channel}}") }""");
        var events = server.Services.GetRequiredService<TestEvents>();
        await events.Subscribed(channel);
        using var dropped = new DroppedMessages(server.Services.GetRequiredService<GraphQLInstrumentation>());

        // The client reads nothing until the socket's buffers are full and the queue has dropped some.
        var pushed = PushUntil(events, channel, () => dropped.Count >= 10);
        events.Complete(channel);

        var previous = -1;
        var reported = 0L;
        while (await client.ReceiveAsync() is { Type: "next" } next)
        {
            var sequence = SequenceOf(next);
            var gap = sequence - previous - 1;
            var told = next.Payload.TryGetProperty("extensions", out var extensions) ? extensions.GetProperty("dropped").GetInt32() : 0;
            Assert.Equal(gap, told); // every gap is announced by the event right after it, and only gaps are
            reported += told;
            previous = sequence;
        }

        Assert.Equal(pushed - 1, previous); // the newest event is never the one dropped
        Assert.Equal(dropped.Count, reported);
        Assert.True(reported >= 10);
    }

    [Fact]
    public async Task A_reader_that_loses_more_than_the_limit_is_closed_with_4429()
    {
        await using var server = await StartAsync(SlowReaderSettings(maxDropped: 5));
        var channel = Guid.NewGuid().ToString("N");
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server.BaseAddress);
        await client.InitAsync();
        await client.SubscribeAsync("s", $$"""subscription { events(channel: "{{channel}}") }""");
        var events = server.Services.GetRequiredService<TestEvents>();
        await events.Subscribed(channel);
        using var dropped = new DroppedMessages(server.Services.GetRequiredService<GraphQLInstrumentation>());

        PushUntil(events, channel, () => dropped.Count > 5);

        Assert.Equal((4429, "Too many dropped messages: read faster"), await client.ClosedAsync());
        await events.Disposed(channel);
    }

    [Fact]
    public async Task Stopping_the_host_closes_every_socket_with_1001_and_a_reason()
    {
        await using var server = await StartAsync([]);
        var channel = Guid.NewGuid().ToString("N");
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server.BaseAddress);
        await client.InitAsync();
        await client.SubscribeAsync("s", $$"""subscription { events(channel: "{{channel}}") }""");
        var events = server.Services.GetRequiredService<TestEvents>();
        await events.Subscribed(channel);

        var stopping = server.StopAsync();

        Assert.Equal((1001, "Server shutting down"), await client.ClosedAsync());
        await stopping;
        await events.Disposed(channel);
    }

    // Events of 16 KiB (the socket's buffers hold some hundreds), two queued at most.
    private static Dictionary<string, string?> SlowReaderSettings(int maxDropped) => new()
    {
        ["OpenCity:GraphQL:Streaming:KeepAliveInterval"] = "00:00:00",
        ["OpenCity:GraphQL:Streaming:MaxQueuedMessages"] = "2",
        ["OpenCity:GraphQL:Streaming:MaxDroppedMessages"] = maxDropped.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Pushes numbered events until <paramref name="enough"/>; returns how many were pushed.</summary>
    private static int PushUntil(TestEvents events, string channel, Func<bool> enough)
    {
        var padding = new string('x', 16 * 1024);
        var pushed = 0;
        while (!enough())
        {
            Assert.True(pushed < 100_000, "The server never dropped a message for a client that does not read.");
            events.Push(channel, $"{pushed++}:{padding}");
        }

        return pushed;
    }

    private static int SequenceOf(GraphQLWebSocketClient.Message next)
    {
        var value = next.Payload.GetProperty("data").GetProperty("events").GetString()!;
        return int.Parse(value.AsSpan(0, value.IndexOf(':', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<Server> StartAsync(Dictionary<string, string?> streaming)
    {
        var server = new Server(WebSocketServers.Create(streaming));
        await server.Inner.InitializeAsync();
        return server;
    }

    private sealed class Server(TransportServer inner) : IAsyncDisposable
    {
        public TransportServer Inner { get; } = inner;

        public Uri BaseAddress => Inner.BaseAddress;

        public IServiceProvider Services => Inner.Services;

        public Task StopAsync() => Inner.StopAsync();

        public async ValueTask DisposeAsync() => await Inner.DisposeAsync();
    }

    /// <summary>Counts the messages one server's transport dropped, through its metric.</summary>
    private sealed class DroppedMessages : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _count;

        public DroppedMessages(GraphQLInstrumentation instrumentation)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument, instrumentation.StreamMessagesDropped))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
            _listener.Start();
        }

        public long Count => Interlocked.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
