using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.GraphQL.Transport.Tests.Sse;
using OpenCity.GraphQL.Transport.Tests.WebSockets;
using OpenCity.Server.Events;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Subscriptions;

/// <summary>Subscribers of a running server over its real transports: graphql-transport-ws and graphql-sse.</summary>
public static class LiveCity
{
    private static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(15);

    /// <summary>A WebSocket connection, acknowledged, with the token in connection_init's payload when given.</summary>
    public static async Task<GraphQLWebSocketClient> ConnectAsync(this OpenCityServer server, string? token = null)
    {
        var client = await GraphQLWebSocketClient.ConnectAsync(server.BaseAddress);
        await client.InitAsync(token is null ? null : JsonSerializer.Serialize(new { Authorization = $"Bearer {token}" }));
        return client;
    }

    /// <summary>A graphql-sse stream of one operation, with the token as the Authorization header when given.</summary>
    public static Task<EventStreamResponse> StreamAsync(this OpenCityServer server, string query, object? variables = null, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return EventStreamResponse.SendAsync(server.Client, request);
    }

    /// <summary>
    /// Waits until <paramref name="count"/> subscriptions were opened on the event bus after
    /// <paramref name="opened"/> (from <see cref="Opened"/>): neither transport acknowledges a
    /// subscription, so a test that changes the city right away could beat it.
    /// </summary>
    public static async Task WaitForSubscriptionsAsync(this OpenCityServer server, long opened, int count)
    {
        var bus = server.Services.GetRequiredService<CityEventBus>();
        using var timeout = new CancellationTokenSource(SafetyTimeout);
        while (bus.SubscriptionsOpened < opened + count)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>The subscriptions opened on the event bus so far.</summary>
    public static long Opened(this OpenCityServer server) => server.Services.GetRequiredService<CityEventBus>().SubscriptionsOpened;

    /// <summary>The data of the next <c>next</c> message of subscription <paramref name="id"/>, failing on anything else.</summary>
    public static async Task<JsonElement> NextAsync(this GraphQLWebSocketClient client, string id, string field)
    {
        var message = await client.ReceiveAsync();
        Assert.True(message.Type == "next" && message.Id == id, message.ToString());
        Assert.False(message.Payload.TryGetProperty("errors", out _), message.ToString());
        return message.Payload.GetProperty("data").GetProperty(field);
    }
}
