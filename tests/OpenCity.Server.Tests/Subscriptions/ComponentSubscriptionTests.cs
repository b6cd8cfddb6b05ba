using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using OpenCity.Domain.Governance;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.Server.Tests.Infrastructure;
using OpenCity.Server.Tests.Writes;
using static OpenCity.Server.Tests.Writes.ComponentWrites;

namespace OpenCity.Server.Tests.Subscriptions;

/// <summary>
/// <c>componentChanged</c> with real clients over real sockets (graphql-transport-ws and graphql-sse)
/// while the change is made over HTTP, on both databases: delivery, the fences, who sees what.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class ComponentSubscriptionTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    private const string SetStatus = """
        mutation ($code: String!, $status: ComponentStatus!) {
          updateComponentStatus(input: { code: $code, status: $status }) { component { version } errors { __typename } }
        }
        """;

    private const string Changes = """
        subscription ($where: CityComponentFilterInput, $unit: String, $within: GeoJSON) {
          componentChanged(where: $where, unit: $unit, within: $within) {
            sequence missed code ownerCode oldStatus newStatus version operation geometry changes { field oldValue newValue }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task A_change_made_over_http_reaches_a_WebSocket_and_an_SSE_subscriber_with_its_sequence(string database)
    {
        var city = City(database);
        var code = await city.CreateAsync();
        var opened = city.Server.Opened();
        await using var socket = await city.Server.ConnectAsync();
        await socket.SubscribeAsync("1", Changes, JsonSerializer.Serialize(new { where = new { code = new { eq = code } } }));
        using var stream = await city.Server.StreamAsync(Changes, new { where = new { code = new { eq = code } } });
        await city.Server.WaitForSubscriptionsAsync(opened, 2);

        var changed = Payload(await city.PostAsync(SetStatus, new { code, status = "FAILED" }, WritableCity.Admin), "updateComponentStatus");

        var overSocket = await socket.NextAsync("1", "componentChanged");
        var sse = await stream.ReadEventAsync();
        Assert.Equal("next", sse!.Event);
        var overSse = sse.Json.GetProperty("data").GetProperty("componentChanged");
        var sequence = await city.ReadAsync(db => db.Outbox.Where(e => e.Type == "ComponentChanged").MaxAsync(e => e.Sequence));
        foreach (var delivered in new[] { overSocket, overSse })
        {
            Assert.Equal(
                (code, "OPERATIONAL", "FAILED", changed["component"]!["version"]!.GetValue<long>(), "updateComponentStatus", sequence, 0L),
                (delivered.GetProperty("code").GetString(), delivered.GetProperty("oldStatus").GetString(), delivered.GetProperty("newStatus").GetString(),
                 delivered.GetProperty("version").GetInt64(), delivered.GetProperty("operation").GetString(), delivered.GetProperty("sequence").GetInt64(),
                 delivered.GetProperty("missed").GetInt64()));
            var status = Assert.Single(delivered.GetProperty("changes").EnumerateArray());
            Assert.Equal(("status", "Operational", "Failed"), (status.GetProperty("field").GetString(), status.GetProperty("oldValue").GetString(), status.GetProperty("newValue").GetString()));
        }
    }

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task The_fences_by_unit_and_by_polygon_let_through_exactly_the_changes_inside(string database)
    {
        var city = City(database);

        // Assets at the centres of three grids far apart; the changes of all three go to both fences.
        var grids = await city.ReadAsync(db => db.GovernanceUnits.Where(u => u.Level == GovernanceLevel.Grid).OrderBy(u => u.Id)
            .Select(u => new { u.Code, u.Boundary, u.Centroid }).ToListAsync());
        var chosen = new[] { grids[0], grids[grids.Count / 2], grids[^1] };
        var codes = new List<string>();
        foreach (var grid in chosen)
        {
            var code = NewCode();
            var created = await city.PostAsync(Create, new { input = new { code, name = "Fenced", kind = "SENSOR", geometry = new { type = "Point", coordinates = new[] { grid.Centroid.X, grid.Centroid.Y } }, ownerCode = "ENVIRONMENT" } }, WritableCity.Admin);
            Payload(created, "createComponent");
            codes.Add(code);
        }

        // A square of about 200 m around the second asset.
        var (x, y) = (chosen[1].Centroid.X, chosen[1].Centroid.Y);
        var square = new { type = "Polygon", coordinates = new[] { new[] { new[] { x - 0.0015, y - 0.001 }, new[] { x + 0.0015, y - 0.001 }, new[] { x + 0.0015, y + 0.001 }, new[] { x - 0.0015, y + 0.001 }, new[] { x - 0.0015, y - 0.001 } } } };
        var ours = new { code = new { @in = codes } };
        var opened = city.Server.Opened();
        await using var socket = await city.Server.ConnectAsync();
        await socket.SubscribeAsync("unit", Changes, JsonSerializer.Serialize(new { where = ours, unit = chosen[0].Code }));
        await socket.SubscribeAsync("polygon", Changes, JsonSerializer.Serialize(new { where = ours, within = square }));
        await city.Server.WaitForSubscriptionsAsync(opened, 2);

        foreach (var code in codes)
        {
            Payload(await city.PostAsync(SetStatus, new { code, status = "DEGRADED" }, WritableCity.Admin), "updateComponentStatus");
        }

        // Then a second change of each fence's own asset: the next message of each subscription must be it,
        // so no change from outside came in between.
        Payload(await city.PostAsync(SetStatus, new { code = codes[0], status = "FAILED" }, WritableCity.Admin), "updateComponentStatus");
        Payload(await city.PostAsync(SetStatus, new { code = codes[1], status = "FAILED" }, WritableCity.Admin), "updateComponentStatus");
        var received = new Dictionary<string, List<JsonElement>> { ["unit"] = [], ["polygon"] = [] };
        for (var i = 0; i < 4; i++)
        {
            var message = await socket.ReceiveAsync();
            Assert.Equal("next", message.Type);
            received[message.Id!].Add(message.Payload.GetProperty("data").GetProperty("componentChanged").Clone());
        }

        var fences = new Dictionary<string, Geometry> { ["unit"] = chosen[0].Boundary, ["polygon"] = GeoJsonReader.Read(JsonSerializer.Serialize(square)) };
        foreach (var (id, events) in received)
        {
            Assert.Equal([("DEGRADED", id == "unit" ? codes[0] : codes[1]), ("FAILED", id == "unit" ? codes[0] : codes[1])],
                events.Select(e => (e.GetProperty("newStatus").GetString(), e.GetProperty("code").GetString())));

            // Checked against the geometry: what came is inside the fence, what did not is outside it.
            Assert.All(events, e => Assert.True(fences[id].Intersects(GeoJsonReader.Read(e.GetProperty("geometry")))));
            var outside = codes.Where(c => events.All(e => e.GetProperty("code").GetString() != c)).ToList();
            Assert.Equal(2, outside.Count);
            foreach (var code in outside)
            {
                var stored = await city.StoredAsync(code);
                Assert.False(fences[id].Intersects(stored.Geometry));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task A_restricted_assets_changes_reach_its_department_and_admins_only(string database)
    {
        var city = City(database);
        var restricted = await city.CreateAsync(owner: "GAS", sensitivity: "RESTRICTED");
        var marker = await city.CreateAsync();
        // Fenced to their grid rather than filtered by code: a filter is checked in the database, with the
        // subscriber's visibility, which would hide the restricted asset on its own.
        var (_, grid) = await city.GridPointAsync(0);
        var where = JsonSerializer.Serialize(new { unit = grid });
        var opened = city.Server.Opened();
        var clients = new Dictionary<string, OpenCity.GraphQL.Transport.Tests.WebSockets.GraphQLWebSocketClient>
        {
            ["anonymous"] = await city.Server.ConnectAsync(),
            ["GAS"] = await city.Server.ConnectAsync(WritableCity.Operator("GAS")),
            ["WATER"] = await city.Server.ConnectAsync(WritableCity.Operator("WATER")),
            ["admin"] = await city.Server.ConnectAsync(WritableCity.Admin),
        };
        try
        {
            foreach (var client in clients.Values)
            {
                await client.SubscribeAsync("1", Changes, where);
            }

            await city.Server.WaitForSubscriptionsAsync(opened, clients.Count);
            Payload(await city.PostAsync(SetStatus, new { code = restricted, status = "MAINTENANCE" }, WritableCity.Admin), "updateComponentStatus");
            Payload(await city.PostAsync(SetStatus, new { code = marker, status = "MAINTENANCE" }, WritableCity.Admin), "updateComponentStatus");

            // Everyone gets the public marker; the restricted change comes before it only for those who may see it.
            foreach (var (who, client) in clients)
            {
                var first = (await client.NextAsync("1", "componentChanged")).GetProperty("code").GetString();
                Assert.Equal(who is "GAS" or "admin" ? restricted : marker, first);
                if (who is "GAS" or "admin")
                {
                    Assert.Equal(marker, (await client.NextAsync("1", "componentChanged")).GetProperty("code").GetString());
                }
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                await client.DisposeAsync();
            }
        }
    }

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);
}
