using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;
using OpenCity.Server.Events;
using OpenCity.Server.Tests.Infrastructure;
using OpenCity.Server.Tests.Writes;
using StackExchange.Redis;

namespace OpenCity.Server.Tests.Events;

/// <summary>
/// The outbox across processes, each test on a database of its own: a server that dies between
/// commit and dispatch loses no event (the next one replays it at start), and with one Redis an
/// event committed on one instance reaches the bus of another.
/// </summary>
// In the city collection like every test that starts servers: their statements would show in other tests' SQL captures.
[Collection(CityCollection.Name)]
public sealed class OutboxDispatchTests
{
    private const string Mutation = """
        mutation ($input: UpdateComponentStatusInput!) {
          updateComponentStatus(input: $input) { component { code status } errors { __typename } }
        }
        """;

    public static TheoryData<string> Databases => ["sqlite", "postgis"];

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task An_event_committed_by_a_server_that_dies_before_dispatching_is_delivered_by_the_next_server_with_its_sequence(string database)
    {
        await using var city = await FreshCityDatabase.CreateAsync(database);
        string code;
        long sequence;
        await using (var dying = new OpenCityServer(city.Settings(), EventStream.WithoutDispatcher))
        {
            code = await RoadSegmentAsync(dying, skip: 0);
            await ChangeAsync(dying, code);
            var row = await ReadAsync(dying, db => db.Outbox.OrderByDescending(e => e.Sequence).FirstAsync());
            Assert.Null(row.DispatchedAt);
            Assert.Equal(code, JsonNode.Parse(row.Payload)!["code"]!.GetValue<string>());
            sequence = row.Sequence;
        }

        await using var next = new OpenCityServer(city.Settings(), EventStream.SubscribeAtStart);
        var subscription = next.Services.GetRequiredService<EventStream.StartSubscription>().Subscription;

        var replayed = await subscription.FirstAboutAsync(code);

        Assert.Equal((sequence, "ComponentChanged"), (replayed.Sequence, replayed.Type));
        Assert.True(replayed.TryRead<ComponentChanged>(out var change));
        Assert.Equal(("Operational", "Maintenance"), (change!.OldStatus, change.NewStatus));
    }

    [Fact]
    public async Task With_one_Redis_an_event_committed_on_one_instance_reaches_the_bus_of_another_and_its_own_bus_once()
    {
        await using var city = await FreshCityDatabase.CreateAsync("postgis");
        var redis = Environment.GetEnvironmentVariable("OPENCITY_TEST_REDIS") is { Length: > 0 } configured ? configured : "127.0.0.1:6379";

        // A channel of its own: other test runs may share this Redis.
        var channel = $"opencity-test:{Guid.NewGuid():N}";
        var settings = city.Settings(("ConnectionStrings:Redis", redis), ("OpenCity:Events:RedisChannel", channel));
        await using var writer = new OpenCityServer(settings);

        // The other instance only listens, so the event can reach it through Redis alone.
        await using var listener = new OpenCityServer(settings, EventStream.WithoutDispatcher);
        await WaitForSubscribersAsync(listener, channel, 2);
        using var onWriter = writer.Services.GetRequiredService<CityEventBus>().Subscribe();
        using var onListener = listener.Services.GetRequiredService<CityEventBus>().Subscribe();
        var first = await RoadSegmentAsync(writer, skip: 0);
        var second = await RoadSegmentAsync(writer, skip: 1);

        await ChangeAsync(writer, first);
        var received = await onListener.FirstAboutAsync(first);
        var local = (await onWriter.NextAsync())[0];
        await ChangeAsync(writer, second);
        var localNext = (await onWriter.NextAsync())[0];

        var stored = await ReadAsync(writer, db => db.Outbox.OrderByDescending(e => e.Sequence).Select(e => e.Sequence).Take(2).ToListAsync());
        Assert.Equal((stored[1], first), (received.Sequence, EventStream.CodeOf(received)));
        Assert.Equal((stored[1], first), (local.Sequence, EventStream.CodeOf(local)));

        // The writer skips its own messages on Redis: the next event on its bus is the next change, not an echo.
        Assert.Equal((stored[0], second), (localNext.Sequence, EventStream.CodeOf(localNext)));
    }

    private static async Task WaitForSubscribersAsync(OpenCityServer server, string channel, int count)
    {
        var redis = server.Services.GetRequiredService<IConnectionMultiplexer>();
        var server0 = redis.GetServers()[0];
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var answer = (RedisResult[])(await server0.ExecuteAsync("PUBSUB", "NUMSUB", channel))!;
            if ((long)answer[1] >= count)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Fewer than {count} instances subscribed to {channel}.");
    }

    private static async Task<string> RoadSegmentAsync(OpenCityServer server, int skip)
    {
        var data = await server.QueryDataAsync(
            "{ components(where: { owner: { code: { eq: \"TRANSPORT\" } }, kind: { eq: ROAD_SEGMENT }, status: { eq: OPERATIONAL } }, first: 2, order: [{ code: ASC }]) { nodes { code } } }",
            token: WritableCity.Admin);
        return data["components"]!["nodes"]![skip]!["code"]!.GetValue<string>();
    }

    private static async Task ChangeAsync(OpenCityServer server, string code)
    {
        var response = await server.QueryDataAsync(Mutation, new { input = new { code, status = "MAINTENANCE" } }, WritableCity.Admin);
        Assert.Null(response["updateComponentStatus"]!["errors"]);
    }

    private static async Task<T> ReadAsync<T>(OpenCityServer server, Func<OpenCityDbContext, Task<T>> read)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
        return await read(db);
    }
}
