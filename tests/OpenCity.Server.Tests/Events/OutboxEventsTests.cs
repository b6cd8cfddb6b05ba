using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Server.Events;
using OpenCity.Server.Tests.Infrastructure;
using OpenCity.Server.Tests.Writes;

namespace OpenCity.Server.Tests.Events;

/// <summary>
/// Writes and their events on the writable cities, seen from the server's bus: only committed
/// writes produce events, and concurrent writes get consecutive sequence numbers, delivered in order.
/// Changes TRANSPORT road segments only.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class OutboxEventsTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    private const string Mutation = """
        mutation ($input: UpdateComponentStatusInput!) {
          updateComponentStatus(input: $input) { component { code status } errors { __typename } }
        }
        """;

    public static TheoryData<string> Databases => ["sqlite", "postgis"];

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_refused_write_leaves_no_outbox_row_and_no_event_and_the_next_write_takes_the_next_sequence(string database)
    {
        var city = City(database);
        var codes = await RoadSegmentsAsync(city, 1, skip: 40);
        var code = codes[0];
        using var subscription = city.Server.Services.GetRequiredService<CityEventBus>().Subscribe();
        var before = await city.TrailAsync();
        var last = await LastSequenceAsync(city);

        var refused = await city.PostAsync(Mutation, new { input = new { code, status = "FAILED" } }, WritableCity.Operator("WATER"));
        Assert.Equal("FORBIDDEN", WritableCity.Code(refused));
        Assert.Equal(before, await city.TrailAsync());
        var accepted = await city.PostAsync(Mutation, new { input = new { code, status = "FAILED" } }, WritableCity.Operator("TRANSPORT"));
        Assert.Null(accepted["errors"]);

        // Had the refusal published anything, it would come first.
        var next = (await subscription.NextAsync())[0];
        Assert.Equal((last + 1, code, "ComponentChanged"), (next.Sequence, EventStream.CodeOf(next), next.Type));
        Assert.True(next.TryRead<ComponentChanged>(out var change));
        Assert.Equal("Failed", change!.NewStatus);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Twenty_concurrent_writes_get_consecutive_sequences_each_delivered_once_in_order(string database)
    {
        var city = City(database);
        var codes = await RoadSegmentsAsync(city, 20, skip: 0);
        using var subscription = city.Server.Services.GetRequiredService<CityEventBus>().Subscribe();
        var last = await LastSequenceAsync(city);

        var answers = await Task.WhenAll(codes.Select(code => city.PostAsync(Mutation, new { input = new { code, status = "MAINTENANCE" } }, WritableCity.Admin)));

        Assert.All(answers, a => Assert.Null(a["data"]!["updateComponentStatus"]!["errors"]));
        var events = await subscription.NextAsync(20);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => last + i), events.Select(e => e.Sequence));
        Assert.Equal(codes.Order(StringComparer.Ordinal), events.Select(e => EventStream.CodeOf(e)!).Order(StringComparer.Ordinal));
        var stored = await city.ReadAsync(db => db.Outbox.Where(e => e.Sequence > last).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        Assert.Equal(events.Select(e => e.Sequence), stored);

        // No gap anywhere in the city's sequence.
        var (count, min, max) = await city.ReadAsync(async db => (await db.Outbox.CountAsync(), await db.Outbox.MinAsync(e => e.Sequence), await db.Outbox.MaxAsync(e => e.Sequence)));
        Assert.Equal((1L, (long)count), (min, max));
    }

    private static Task<long> LastSequenceAsync(WritableCity city) =>
        city.ReadAsync(async db => await db.Outbox.MaxAsync(e => (long?)e.Sequence) ?? 0);

    private static async Task<IReadOnlyList<string>> RoadSegmentsAsync(WritableCity city, int count, int skip)
    {
        var data = await city.Server.QueryDataAsync(
            $"{{ components(where: {{ owner: {{ code: {{ eq: \"TRANSPORT\" }} }}, kind: {{ eq: ROAD_SEGMENT }}, status: {{ eq: OPERATIONAL }} }}, first: {count + skip}, order: [{{ code: ASC }}]) {{ nodes {{ code }} }} }}",
            token: WritableCity.Admin);
        var codes = data["components"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).Skip(skip).ToList();
        Assert.Equal(count, codes.Count);
        return codes;
    }

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);
}
