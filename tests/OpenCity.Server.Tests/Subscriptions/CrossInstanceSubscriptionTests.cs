using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;
using OpenCity.Server.Tests.Events;
using OpenCity.Server.Tests.Infrastructure;
using OpenCity.Server.Tests.Writes;
using StackExchange.Redis;

namespace OpenCity.Server.Tests.Subscriptions;

/// <summary>
/// Two server instances on one PostgreSQL database and one Redis (a <c>redis-server</c> the test
/// starts, stops and starts again): a change committed over HTTP on one reaches a WebSocket
/// subscriber on the other, and the subscription outlives a Redis restart, missing nothing: what
/// Redis could not carry meanwhile is read back from the outbox they share.
/// </summary>
// In the city collection like every test that starts servers: their statements would show in other tests' SQL captures.
[Collection(CityCollection.Name)]
public sealed class CrossInstanceSubscriptionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string SetStatus = """
        mutation ($code: String!, $status: ComponentStatus!) {
          updateComponentStatus(input: { code: $code, status: $status }) { component { version } errors { __typename } }
        }
        """;

    private const string Changes = """
        subscription ($where: CityComponentFilterInput) {
          componentChanged(where: $where) { sequence missed code newStatus }
        }
        """;

    [Fact]
    public async Task A_change_on_one_instance_reaches_a_subscriber_on_the_other_and_after_a_Redis_restart_so_does_the_change_made_while_it_was_down()
    {
        await using var city = await FreshCityDatabase.CreateAsync("postgis");
        await using var redis = await RedisServerProcess.StartAsync();
        var channel = $"opencity-test:{Guid.NewGuid():N}";
        var settings = city.Settings(
            ("ConnectionStrings:Redis", redis.ConnectionString),
            ("OpenCity:Events:RedisChannel", channel),
            // No keep-alive pings in between the events the test reads.
            ("OpenCity:GraphQL:Streaming:KeepAliveInterval", "00:00:00"));
        await using var writer = new OpenCityServer(settings);

        // The other instance never dispatches itself, so what reaches it comes through Redis.
        await using var reader = new OpenCityServer(settings, EventStream.WithoutDispatcher);
        await redis.WaitForSubscribersAsync(channel, 2);
        var code = await RoadSegmentAsync(writer);
        var opened = reader.Opened();
        await using var socket = await reader.ConnectAsync();
        await socket.SubscribeAsync("1", Changes, JsonSerializer.Serialize(new { where = new { code = new { eq = code } } }));
        await reader.WaitForSubscriptionsAsync(opened, 1);

        await ChangeAsync(writer, code, "MAINTENANCE");
        var first = await socket.NextAsync("1", "componentChanged");
        Assert.Equal((code, "MAINTENANCE", await LastSequenceAsync(writer), 0L), Read(first));

        // Redis goes away; the writer dispatches a change meanwhile, which Redis cannot carry.
        await redis.StopAsync();
        await WaitUntilAsync(() => !Connected(writer) && !Connected(reader));
        await ChangeAsync(writer, code, "FAILED");
        var whileDown = await LastSequenceAsync(writer);
        await WaitUntilAsync(async () => await ReadAsync(writer, db => db.Outbox.AnyAsync(e => e.Sequence == whileDown && e.DispatchedAt != null)));

        // Back on the same port: both instances reconnect and subscribe again by themselves.
        await redis.StartAgainAsync();
        await redis.WaitForSubscribersAsync(channel, 2);
        await WaitUntilAsync(() => Connected(writer) && Connected(reader));
        await ChangeAsync(writer, code, "OPERATIONAL");
        var afterwards = await LastSequenceAsync(writer);

        // The change Redis could not carry comes first, in order, so nothing is missed.
        var missedOnRedis = await socket.NextAsync("1", "componentChanged");
        var next = await socket.NextAsync("1", "componentChanged");
        Assert.Equal((code, "FAILED", whileDown, 0L), Read(missedOnRedis));
        Assert.Equal((code, "OPERATIONAL", afterwards, 0L), Read(next));
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    private static (string?, string?, long, long) Read(JsonElement delivered) =>
        (delivered.GetProperty("code").GetString(), delivered.GetProperty("newStatus").GetString(),
         delivered.GetProperty("sequence").GetInt64(), delivered.GetProperty("missed").GetInt64());

    private static bool Connected(OpenCityServer server) => server.Services.GetRequiredService<IConnectionMultiplexer>().IsConnected;

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            await Task.Delay(50, patience.Token);
        }
    }

    private static async Task<string> RoadSegmentAsync(OpenCityServer server)
    {
        var data = await server.QueryDataAsync(
            "{ components(where: { owner: { code: { eq: \"TRANSPORT\" } }, kind: { eq: ROAD_SEGMENT }, status: { eq: OPERATIONAL } }, first: 1, order: [{ code: ASC }]) { nodes { code } } }",
            token: WritableCity.Admin);
        return data["components"]!["nodes"]![0]!["code"]!.GetValue<string>();
    }

    private static async Task ChangeAsync(OpenCityServer server, string code, string status)
    {
        var response = await server.QueryDataAsync(SetStatus, new { code, status }, WritableCity.Admin);
        Assert.Null(response["updateComponentStatus"]!["errors"]);
    }

    private static Task<long> LastSequenceAsync(OpenCityServer server) => ReadAsync(server, db => db.Outbox.MaxAsync(e => e.Sequence));

    private static async Task<T> ReadAsync<T>(OpenCityServer server, Func<OpenCityDbContext, Task<T>> read)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
        return await read(db);
    }
}
