using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.GraphQL.Transport.Tests.TestSchema;

namespace OpenCity.GraphQL.Transport.Tests.Sse;

/// <summary>What an event stream does over time: keep-alives, credentials (refused, expiring), slow readers, limits.</summary>
public sealed class GraphQLSseStreamingTests(StreamingTransportServer server) : IClassFixture<StreamingTransportServer>
{
    // Results this large fill the socket's buffers after a few dozen, so a client that does not read makes the queue drop.
    private static readonly string LargeValue = new('x', 100_000);

    private readonly HttpClient _client = server.Client;
    private readonly TestEvents _events = server.Services.GetRequiredService<TestEvents>();

    [Fact]
    public async Task An_idle_stream_gets_keep_alive_comments()
    {
        using var stream = await _client.PostEventStreamAsync(Subscribe("sse-idle"));
        await _events.Subscribed("sse-idle").WaitAsync(EventStreamResponse.SafetyTimeout);

        // The first comment opens the stream; the others are keep-alives.
        await stream.WaitForCommentsAsync(3);

        Assert.Equal(3, stream.Comments);
    }

    [Fact]
    public async Task A_subscription_outlives_the_operation_timeout()
    {
        const string channel = "sse-outlives";
        using var stream = await _client.PostEventStreamAsync(Subscribe(channel), bearer: "patient");
        await _events.Subscribed(channel).WaitAsync(EventStreamResponse.SafetyTimeout);

        // Keep-alives as the clock: this many intervals take longer than the server's 2-second operation timeout.
        await stream.WaitForCommentsAsync(1 + (int)(TimeSpan.FromSeconds(2.5) / StreamingTransportServer.KeepAliveInterval));
        _events.Push(channel, "later");

        var next = await stream.ReadEventAsync();
        Assert.Equal("later", next!.Json.GetProperty("data").GetProperty("events").GetString());
        Assert.False(next.Json.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Refused_credentials_are_401_unauthenticated_before_any_stream()
    {
        using var stream = await _client.PostEventStreamAsync(Subscribe("sse-refused"), bearer: TestStreamAuthenticator.Refused);

        Assert.Equal(HttpStatusCode.Unauthorized, stream.Status);
        Assert.Equal("application/json", stream.MediaType);
        Assert.Equal("Bearer error=\"invalid_token\"", stream.Message.Headers.WwwAuthenticate.ToString());
        var body = JsonDocument.Parse(await stream.ReadToEndAsync()).RootElement;
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(_events.Subscribed("sse-refused").IsCompleted);
    }

    [Fact]
    public async Task Credentials_that_expire_end_the_stream_with_credentials_expired_then_complete()
    {
        const string channel = "sse-expiring";
        using var stream = await _client.PostEventStreamAsync(Subscribe(channel), bearer: "ada;expires-in-ms=1000");
        await _events.Subscribed(channel).WaitAsync(EventStreamResponse.SafetyTimeout);

        var next = await stream.ReadEventAsync();
        Assert.Equal("next", next?.Event);
        Assert.Equal("CREDENTIALS_EXPIRED", next!.FirstErrorCode);
        Assert.Equal("complete", (await stream.ReadEventAsync())?.Event);
        Assert.Null(await stream.ReadEventAsync());
        await _events.Disposed(channel).WaitAsync(EventStreamResponse.SafetyTimeout);
    }

    [Fact]
    public async Task A_slow_reader_loses_the_oldest_results_and_the_next_one_says_how_many()
    {
        const string channel = "sse-slow";
        const int emitted = 400;
        using var stream = await _client.PostEventStreamAsync(Subscribe(channel), bearer: "slow-reader");
        await _events.Subscribed(channel).WaitAsync(EventStreamResponse.SafetyTimeout);

        for (var i = 0; i < emitted; i++)
        {
            _events.Push(channel, LargeValue);
        }

        // Every result emitted is either delivered or counted in the next delivered one's extensions.
        var accounted = 0;
        var dropped = 0;
        while (accounted < emitted)
        {
            var next = await stream.ReadEventAsync();
            Assert.Equal("next", next?.Event);
            var json = next!.Json;
            Assert.Equal(LargeValue.Length, json.GetProperty("data").GetProperty("events").GetString()!.Length);
            var droppedBefore = json.TryGetProperty("extensions", out var extensions) ? extensions.GetProperty("dropped").GetInt32() : 0;
            dropped += droppedBefore;
            accounted += 1 + droppedBefore;
        }

        Assert.Equal(emitted, accounted);
        Assert.True(dropped > 0, "The reader was slow enough for the queue to drop results.");
    }

    [Fact]
    public async Task A_reader_that_falls_too_far_behind_gets_too_many_dropped_messages_then_complete()
    {
        const string channel = "sse-too-slow";
        using var stream = await _client.PostEventStreamAsync(Subscribe(channel), bearer: "too-slow-reader");
        await _events.Subscribed(channel).WaitAsync(EventStreamResponse.SafetyTimeout);

        for (var i = 0; i < 3 * StreamingTransportServer.MaxDroppedMessages; i++)
        {
            _events.Push(channel, LargeValue);
        }

        ServerSentEvent? last;
        ServerSentEvent? next = null;
        while ((last = await stream.ReadEventAsync()) is { Event: "next" })
        {
            next = last;
        }

        Assert.Equal("complete", last?.Event);
        Assert.Equal("TOO_MANY_DROPPED_MESSAGES", next?.FirstErrorCode);
        Assert.Null(await stream.ReadEventAsync());
        await _events.Disposed(channel).WaitAsync(EventStreamResponse.SafetyTimeout);
    }

    [Fact]
    public async Task Each_stream_counts_against_the_client_s_subscriptions()
    {
        var open = new List<EventStreamResponse>();
        try
        {
            for (var i = 0; i < StreamingTransportServer.MaxSubscriptionsPerClient; i++)
            {
                open.Add(await _client.PostEventStreamAsync(Subscribe($"sse-limit-{i}"), bearer: "busy-client"));
                await _events.Subscribed($"sse-limit-{i}").WaitAsync(EventStreamResponse.SafetyTimeout);
            }

            using var refused = await _client.PostEventStreamAsync(Subscribe("sse-limit-over"), bearer: "busy-client");

            var next = await refused.ReadEventAsync();
            Assert.Equal("TOO_MANY_SUBSCRIPTIONS", next!.FirstErrorCode);
            Assert.Equal("complete", (await refused.ReadEventAsync())?.Event);
            Assert.False(_events.Subscribed("sse-limit-over").IsCompleted);

            // Another client is not held back by this one.
            using var other = await _client.PostEventStreamAsync(Subscribe("sse-limit-other"), bearer: "calm-client");
            await _events.Subscribed("sse-limit-other").WaitAsync(EventStreamResponse.SafetyTimeout);
        }
        finally
        {
            open.ForEach(stream => stream.Dispose());
        }
    }

    [Fact]
    public async Task A_stream_is_counted_as_an_sse_connection_and_its_results_as_delivered()
    {
        var measurements = new System.Collections.Concurrent.ConcurrentQueue<(string Instrument, long Value, string? Transport)>();
        var meters = server.Services.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name.StartsWith("graphql.server.stream.", StringComparison.Ordinal))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? transport = null;
            foreach (var tag in tags)
            {
                transport = tag.Key == "transport" ? tag.Value as string : transport;
            }

            measurements.Enqueue((instrument.Name, value, transport));
        });
        listener.Start();

        using var stream = await _client.PostEventStreamAsync(Subscribe("sse-counted"), bearer: "counted");
        await _events.Subscribed("sse-counted").WaitAsync(EventStreamResponse.SafetyTimeout);
        _events.Push("sse-counted", "one");
        Assert.Equal("next", (await stream.ReadEventAsync())?.Event);

        Assert.Contains(("graphql.server.stream.connections", 1L, "sse"), measurements);
        Assert.Contains(("graphql.server.stream.subscriptions", 1L, "sse"), measurements);
        Assert.Contains(("graphql.server.stream.messages.delivered", 1L, "sse"), measurements);
    }

    private static string Subscribe(string channel) =>
        JsonSerializer.Serialize(new { query = $$"""subscription { events(channel: "{{channel}}") }""" });
}
