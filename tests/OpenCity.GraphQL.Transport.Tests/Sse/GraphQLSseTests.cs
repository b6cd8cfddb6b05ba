using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.GraphQL.Transport.Tests.Http;
using OpenCity.GraphQL.Transport.Tests.TestSchema;

namespace OpenCity.GraphQL.Transport.Tests.Sse;

/// <summary>GraphQL over Server-Sent Events (graphql-sse, distinct connections mode) on the shared server.</summary>
[Collection(TransportServerCollection.Name)]
public sealed class GraphQLSseTests(TransportServer server)
{
    private readonly HttpClient _client = server.Client;
    private readonly TestEvents _events = server.Services.GetRequiredService<TestEvents>();

    [Fact]
    public async Task A_query_is_one_next_event_then_complete_then_the_end()
    {
        using var stream = await _client.PostEventStreamAsync("""{"query":"{ hello }"}""");

        Assert.Equal(HttpStatusCode.OK, stream.Status);
        Assert.Equal("text/event-stream", stream.MediaType);
        var next = await stream.ReadEventAsync();
        Assert.Equal("next", next?.Event);
        Assert.Equal("world", next!.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("complete", (await stream.ReadEventAsync())?.Event);
        Assert.Null(await stream.ReadEventAsync());
    }

    [Fact]
    public async Task A_mutation_is_one_next_event_then_complete()
    {
        using var stream = await _client.PostEventStreamAsync("""{"query":"mutation { setGreeting(text: \"hej\") }"}""");

        var next = await stream.ReadEventAsync();
        Assert.Equal("next", next?.Event);
        Assert.Equal("hej", next!.Json.GetProperty("data").GetProperty("setGreeting").GetString());
        Assert.Equal("complete", (await stream.ReadEventAsync())?.Event);
    }

    [Fact]
    public async Task A_query_over_get_streams_too()
    {
        using var stream = await _client.GetEventStreamAsync("{ echo(text: \"over get\") }");

        Assert.Equal(HttpStatusCode.OK, stream.Status);
        var next = await stream.ReadEventAsync();
        Assert.Equal("over get", next!.Json.GetProperty("data").GetProperty("echo").GetString());
        Assert.Equal("complete", (await stream.ReadEventAsync())?.Event);
    }

    [Fact]
    public async Task A_subscription_over_get_streams_its_events()
    {
        const string channel = "sse-get";
        using var stream = await _client.GetEventStreamAsync($$"""subscription { events(channel: "{{channel}}") }""");
        await _events.Subscribed(channel).WaitAsync(EventStreamResponse.SafetyTimeout);

        _events.Push(channel, "by get");

        Assert.Equal("by get", (await stream.ReadEventAsync())!.Json.GetProperty("data").GetProperty("events").GetString());
    }

    [Fact]
    public async Task A_subscription_receives_each_pushed_event_until_its_source_completes()
    {
        const string channel = "sse-pushed";
        using var stream = await _client.PostEventStreamAsync(Subscribe(channel));
        Assert.Equal(HttpStatusCode.OK, stream.Status);
        await _events.Subscribed(channel).WaitAsync(EventStreamResponse.SafetyTimeout);

        _events.Push(channel, "first");
        _events.Push(channel, "second");

        Assert.Equal("first", Events(await stream.ReadEventAsync()));
        Assert.Equal("second", Events(await stream.ReadEventAsync()));
        _events.Complete(channel);
        Assert.Equal("complete", (await stream.ReadEventAsync())?.Event);
        Assert.Null(await stream.ReadEventAsync());
        await _events.Disposed(channel).WaitAsync(EventStreamResponse.SafetyTimeout);
    }

    [Fact]
    public async Task A_client_that_disconnects_stops_the_source()
    {
        const string channel = "sse-leaves";
        var stream = await _client.PostEventStreamAsync(Subscribe(channel));
        await _events.Subscribed(channel).WaitAsync(EventStreamResponse.SafetyTimeout);
        _events.Push(channel, "seen");
        Assert.Equal("seen", Events(await stream.ReadEventAsync()));

        stream.Dispose();

        await _events.Disposed(channel).WaitAsync(EventStreamResponse.SafetyTimeout);
    }

    [Fact]
    public async Task A_validation_error_is_a_next_event_with_the_errors_then_complete()
    {
        using var stream = await _client.PostEventStreamAsync("""{"query":"subscription { nope }"}""");

        Assert.Equal(HttpStatusCode.OK, stream.Status);
        Assert.Equal("text/event-stream", stream.MediaType);
        var next = await stream.ReadEventAsync();
        Assert.Equal("next", next?.Event);
        Assert.False(next!.Json.TryGetProperty("data", out _));
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", next.FirstErrorCode);
        Assert.Equal("complete", (await stream.ReadEventAsync())?.Event);
    }

    [Fact]
    public async Task A_syntax_error_is_a_next_event_too()
    {
        using var stream = await _client.PostEventStreamAsync("""{"query":"subscription {"}""");

        Assert.Equal("SYNTAX_ERROR", (await stream.ReadEventAsync())!.FirstErrorCode);
        Assert.Equal("complete", (await stream.ReadEventAsync())?.Event);
    }

    [Fact]
    public async Task A_malformed_request_is_refused_with_its_status_as_over_http()
    {
        using var stream = await _client.PostEventStreamAsync("""{"query":""");

        Assert.Equal(HttpStatusCode.BadRequest, stream.Status);
        Assert.Equal("application/json", stream.MediaType);
        var body = JsonDocument.Parse(await stream.ReadToEndAsync()).RootElement;
        Assert.Equal("INVALID_JSON", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_in_the_stream_as_validation_finds_it()
    {
        using var stream = await _client.GetEventStreamAsync("mutation { setGreeting(text: \"no\") }");

        Assert.Equal(HttpStatusCode.OK, stream.Status);
        var next = await stream.ReadEventAsync();
        Assert.Equal("METHOD_NOT_ALLOWED", next!.FirstErrorCode);
        Assert.False(next.Json.TryGetProperty("data", out _));
        Assert.Equal("complete", (await stream.ReadEventAsync())?.Event);
    }

    [Theory]
    [InlineData("application/json, text/event-stream;q=0.5", "application/json")]
    [InlineData("text/event-stream, application/json;q=0.5", "text/event-stream")]
    [InlineData("*/*", "application/json")]
    public async Task Accept_chooses_between_json_and_an_event_stream(string accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLHttpClient.Endpoint)
        {
            Content = new StringContent("""{"query":"{ hello }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    private static string Subscribe(string channel) =>
        JsonSerializer.Serialize(new { query = $$"""subscription { events(channel: "{{channel}}") }""" });

    private static string? Events(ServerSentEvent? next)
    {
        Assert.Equal("next", next?.Event);
        return next!.Json.GetProperty("data").GetProperty("events").GetString();
    }
}
