using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.GraphQL.Transport.Tests.TestSchema;

namespace OpenCity.GraphQL.Transport.Tests.WebSockets;

/// <summary>
/// graphql-transport-ws over a real socket: the handshake, operations of every type, and each
/// protocol violation's close code (graphql-ws's PROTOCOL.md).
/// </summary>
public sealed class GraphQLWebSocketMiddlewareTests(WebSocketServer server) : IClassFixture<WebSocketServer>
{
    private readonly TestEvents _events = server.Services.GetRequiredService<TestEvents>();

    [Fact]
    public async Task The_server_speaks_graphql_transport_ws_and_acknowledges_connection_init()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server.BaseAddress);

        await client.InitAsync();

        Assert.Equal("graphql-transport-ws", client.SubProtocol);
    }

    [Fact]
    public async Task A_socket_without_the_subprotocol_is_refused_before_the_upgrade()
    {
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var uri = new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = "/graphql" }.Uri;

        await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => socket.ConnectAsync(uri, CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, socket.HttpStatusCode);
    }

    [Fact]
    public async Task A_subscription_served_over_WebSocket_is_still_refused_over_http_from_the_document_cache()
    {
        var channel = NewChannel();
        var document = $$"""subscription { events(channel: "{{channel}}") }""";
        await using (var client = await ConnectedAsync())
        {
            await client.SubscribeAsync("s", document);
            await _events.Subscribed(channel);
        }

        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await http.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query = document }), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("SUBSCRIPTION_NOT_SUPPORTED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_answers_one_next_then_complete()
    {
        await using var client = await ConnectedAsync();

        await client.SubscribeAsync("q1", "query ($text: String!) { echo(text: $text) }", """{"text":"over ws"}""");

        var next = await client.ReceiveAsync();
        Assert.Equal(("next", "q1"), (next.Type, next.Id));
        Assert.Equal("over ws", next.Payload.GetProperty("data").GetProperty("echo").GetString());
        var complete = await client.ReceiveAsync();
        Assert.Equal(("complete", "q1"), (complete.Type, complete.Id));
    }

    [Fact]
    public async Task A_mutation_answers_one_next_then_complete()
    {
        await using var client = await ConnectedAsync();

        await client.SubscribeAsync("m1", """mutation { setGreeting(text: "hi") }""");

        var next = await client.ReceiveAsync();
        Assert.Equal("hi", next.Payload.GetProperty("data").GetProperty("setGreeting").GetString());
        Assert.Equal("complete", (await client.ReceiveAsync()).Type);
    }

    [Fact]
    public async Task A_subscription_receives_each_pushed_event_until_the_client_completes_it_which_disposes_its_source()
    {
        var channel = NewChannel();
        await using var client = await ConnectedAsync();

        await client.SubscribeAsync("s1", $$"""subscription { events(channel: "{{channel}}") }""");
        await _events.Subscribed(channel);
        _events.Push(channel, "first");
        _events.Push(channel, "second");

        Assert.Equal("first", EventOf(await client.ReceiveAsync(), "s1"));
        Assert.Equal("second", EventOf(await client.ReceiveAsync(), "s1"));

        await client.CompleteAsync("s1");
        await _events.Disposed(channel);
        Assert.Equal(0, _events.Subscribers(channel));

        // The connection carries on; the id is free again.
        await client.SubscribeAsync("s1", "{ hello }");
        Assert.Equal("world", (await client.ReceiveAsync()).Payload.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_source_that_ends_completes_its_subscription()
    {
        var channel = NewChannel();
        await using var client = await ConnectedAsync();

        await client.SubscribeAsync("s1", $$"""subscription { events(channel: "{{channel}}") }""");
        await _events.Subscribed(channel);
        _events.Push(channel, "last");
        _events.Complete(channel);

        Assert.Equal("last", EventOf(await client.ReceiveAsync(), "s1"));
        var complete = await client.ReceiveAsync();
        Assert.Equal(("complete", "s1"), (complete.Type, complete.Id));
    }

    [Fact]
    public async Task Ping_is_answered_with_pong()
    {
        await using var client = await ConnectedAsync();

        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("pong", (await client.ReceiveAsync()).Type);
    }

    [Fact]
    public async Task A_document_that_fails_validation_answers_error_for_its_id_and_the_connection_stays_open()
    {
        await using var client = await ConnectedAsync();

        await client.SubscribeAsync("bad", "{ nope }");

        var error = await client.ReceiveAsync();
        Assert.Equal(("error", "bad"), (error.Type, error.Id));
        Assert.Equal(JsonValueKind.Array, error.Payload.ValueKind);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", error.Payload[0].GetProperty("extensions").GetProperty("code").GetString());
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await client.ReceiveAsync()).Type);
    }

    [Fact]
    public async Task A_document_past_the_limits_is_refused_as_over_http()
    {
        await using var client = await ConnectedAsync();

        await client.SubscribeAsync("deep", "{ " + string.Concat(Enumerable.Repeat("a: hello ", 30)) + "}");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.Type);
        Assert.Equal("QUERY_TOO_COMPLEX", error.Payload[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_resolver_failure_is_shaped_as_over_http()
    {
        await using var client = await ConnectedAsync();

        await client.SubscribeAsync("boom", "{ boom }");

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next.Type);
        var error = next.Payload.GetProperty("errors")[0];
        Assert.Equal("INTERNAL_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("secret", next.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"unknown"}""")]
    [InlineData("""["connection_init"]""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":1}}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        await using var client = await ConnectedAsync();

        await client.SendAsync(message);

        Assert.Equal(4400, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task A_message_larger_than_the_limit_closes_with_4400()
    {
        await using var client = await ConnectedAsync();

        await client.SubscribeAsync("big", "{ echo(text: \"" + new string('x', 5000) + "\") }");

        Assert.Equal(4400, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task Subscribe_before_the_acknowledgement_closes_with_4401()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server.BaseAddress);

        await client.SubscribeAsync("1", "{ hello }");

        Assert.Equal((4401, "Unauthorized"), await client.ClosedAsync());
    }

    [Fact]
    public async Task Credentials_the_authenticator_refuses_close_with_4403()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server.BaseAddress);

        await client.SendAsync("""{"type":"connection_init","payload":{"token":"bad"}}""");

        Assert.Equal((4403, "Forbidden"), await client.ClosedAsync());
    }

    [Fact]
    public async Task The_connection_closes_with_4403_when_its_credentials_expire()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server.BaseAddress);

        await client.SendAsync("""{"type":"connection_init","payload":{"token":"short"}}""");

        var (code, reason) = await client.ClosedAsync();
        Assert.Equal(4403, code);
        Assert.Contains("expired", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_subscriber_with_an_active_id_closes_with_4409()
    {
        var channel = NewChannel();
        await using var client = await ConnectedAsync();
        await client.SubscribeAsync("same", $$"""subscription { events(channel: "{{channel}}") }""");
        await _events.Subscribed(channel);

        await client.SubscribeAsync("same", "{ hello }");

        Assert.Equal((4409, "Subscriber for same already exists"), await client.ClosedAsync());
        await _events.Disposed(channel); // closing the socket stopped the source
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var client = await ConnectedAsync();

        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal((4429, "Too many initialisation requests"), await client.ClosedAsync());
    }

    [Fact]
    public async Task Subscriptions_past_the_connection_limit_are_refused_with_TOO_MANY_SUBSCRIPTIONS_and_the_others_carry_on()
    {
        var channel = NewChannel();
        await using var client = await ConnectedAsync("""{"token":"per-connection"}""");
        for (var i = 0; i < WebSocketServer.MaxSubscriptionsPerConnection; i++)
        {
            await client.SubscribeAsync($"s{i}", $$"""subscription { events(channel: "{{channel}}") }""");
        }

        await _events.Subscribed(channel, WebSocketServer.MaxSubscriptionsPerConnection);

        await client.SubscribeAsync("one-too-many", $$"""subscription { events(channel: "{{channel}}") }""");

        var error = await client.ReceiveAsync();
        Assert.Equal(("error", "one-too-many"), (error.Type, error.Id));
        var extensions = error.Payload[0].GetProperty("extensions");
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", extensions.GetProperty("code").GetString());
        Assert.Equal("connection", extensions.GetProperty("scope").GetString());
        _events.Push(channel, "still here");
        Assert.Equal("still here", EventOf(await client.ReceiveAsync(), null));
    }

    [Fact]
    public async Task Subscriptions_past_the_client_limit_are_refused_over_all_its_connections()
    {
        var channel = NewChannel();
        await using var first = await ConnectedAsync("""{"token":"per-client"}""");
        await using var second = await ConnectedAsync("""{"token":"per-client"}""");
        for (var i = 0; i < WebSocketServer.MaxSubscriptionsPerConnection; i++)
        {
            await first.SubscribeAsync($"s{i}", $$"""subscription { events(channel: "{{channel}}") }""");
        }

        for (var i = WebSocketServer.MaxSubscriptionsPerConnection; i < WebSocketServer.MaxSubscriptionsPerClient; i++)
        {
            await second.SubscribeAsync($"s{i}", $$"""subscription { events(channel: "{{channel}}") }""");
        }

        await _events.Subscribed(channel, WebSocketServer.MaxSubscriptionsPerClient);

        await second.SubscribeAsync("one-too-many", $$"""subscription { events(channel: "{{channel}}") }""");

        var error = await second.ReceiveAsync();
        Assert.Equal("error", error.Type);
        Assert.Equal("client", error.Payload[0].GetProperty("extensions").GetProperty("scope").GetString());

        // Another client is counted on its own.
        await using var other = await ConnectedAsync("""{"token":"someone-else"}""");
        await other.SubscribeAsync("mine", $$"""subscription { events(channel: "{{channel}}") }""");
        await _events.Subscribed(channel, WebSocketServer.MaxSubscriptionsPerClient + 1);
    }

    private static string NewChannel() => Guid.NewGuid().ToString("N");

    private static string? EventOf(GraphQLWebSocketClient.Message message, string? id)
    {
        Assert.Equal("next", message.Type);
        if (id is not null)
        {
            Assert.Equal(id, message.Id);
        }

        return message.Payload.GetProperty("data").GetProperty("events").GetString();
    }

    private async Task<GraphQLWebSocketClient> ConnectedAsync(string? payloadJson = null)
    {
        var client = await GraphQLWebSocketClient.ConnectAsync(server.BaseAddress);
        await client.InitAsync(payloadJson);
        return client;
    }
}
