using System.Globalization;
using System.Text.Json;
using OpenCity.Server.Tests.Infrastructure;
using OpenCity.Server.Tests.Writes;
using static OpenCity.Server.Tests.Writes.ComponentWrites;

namespace OpenCity.Server.Tests.Subscriptions;

/// <summary><c>readingThresholdCrossed</c> and sampled <c>readingsRecorded</c> over WebSocket, fed by <c>recordReadings</c> over HTTP.</summary>
[Collection(CityCollection.Name)]
public sealed class ReadingSubscriptionTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    private const string Record = """
        mutation ($input: RecordReadingsInput!) { recordReadings(input: $input) { batch { recorded } errors { __typename } } }
        """;

    private const string Crossings = """
        subscription ($code: String!, $above: Float, $below: Float) {
          readingThresholdCrossed(metric: "pressure", above: $above, below: $below, where: { code: { eq: $code } }) { code direction threshold value latestValue sequence }
        }
        """;

    private const string Sampled = """
        subscription ($code: String!) {
          readingsRecorded(where: { code: { eq: $code } }, metric: "pressure", sampleEverySeconds: 3) { code count latestValue minValue maxValue firstMeasuredAt lastMeasuredAt }
        }
        """;

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task A_threshold_fires_once_per_crossing_not_on_every_reading_past_it(string database)
    {
        var city = City(database);
        var code = await city.CreateAsync();
        var opened = city.Server.Opened();
        await using var socket = await city.Server.ConnectAsync();
        await socket.SubscribeAsync("above", Crossings, JsonSerializer.Serialize(new { code, above = 5.0 }));
        await socket.SubscribeAsync("below", Crossings, JsonSerializer.Serialize(new { code, below = 3.5 }));
        await city.Server.WaitForSubscriptionsAsync(opened, 2);

        // One batch per value, a minute apart: 4 6 7 3 8 2 10.
        double[] values = [4, 6, 7, 3, 8, 2, 10];
        for (var i = 0; i < values.Length; i++)
        {
            await RecordAsync(city, code, new DateTime(2027, 5, 1, 8, i, 0, DateTimeKind.Utc), values[i]);
        }

        // Above 5: when 6 came after 4, when 8 came after 3, when 10 came after 2; never for 7 (already above).
        // Below 3.5: when 3 came after 7, when 2 came after 8. In order, so nothing else came in between.
        var received = new Dictionary<string, List<(string?, double)>> { ["above"] = [], ["below"] = [] };
        for (var i = 0; i < 5; i++)
        {
            var message = await socket.ReceiveAsync();
            Assert.Equal("next", message.Type);
            var crossing = message.Payload.GetProperty("data").GetProperty("readingThresholdCrossed");
            received[message.Id!].Add((crossing.GetProperty("direction").GetString(), crossing.GetProperty("value").GetDouble()));
        }

        Assert.Equal([("ABOVE", 6.0), ("ABOVE", 8.0), ("ABOVE", 10.0)], received["above"]);
        Assert.Equal([("BELOW", 3.0), ("BELOW", 2.0)], received["below"]);
    }

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task Sampled_readings_arrive_once_per_window_with_the_newest_value_and_every_count(string database)
    {
        var city = City(database);
        var code = await city.CreateAsync();
        var opened = city.Server.Opened();
        await using var socket = await city.Server.ConnectAsync();
        await socket.SubscribeAsync("1", Sampled, JsonSerializer.Serialize(new { code }));
        await city.Server.WaitForSubscriptionsAsync(opened, 1);

        var start = new DateTime(2027, 6, 1, 8, 0, 0, DateTimeKind.Utc);
        await RecordAsync(city, code, start, 2.0);
        await RecordAsync(city, code, start.AddMinutes(2), 5.0);
        await RecordAsync(city, code, start.AddMinutes(1), 1.0);

        var sample = await socket.NextAsync("1", "readingsRecorded");
        Assert.Equal(
            (code, 3, 5.0, 1.0, 5.0, start, start.AddMinutes(2)),
            (sample.GetProperty("code").GetString(), sample.GetProperty("count").GetInt32(), sample.GetProperty("latestValue").GetDouble(),
             sample.GetProperty("minValue").GetDouble(), sample.GetProperty("maxValue").GetDouble(),
             sample.GetProperty("firstMeasuredAt").GetDateTime().ToUniversalTime(), sample.GetProperty("lastMeasuredAt").GetDateTime().ToUniversalTime()));
    }

    private static async Task RecordAsync(WritableCity city, string code, DateTime at, double value)
    {
        var reading = new { componentCode = code, metric = "pressure", measuredAt = at.ToString("O", CultureInfo.InvariantCulture), value, unitOfMeasure = "bar" };
        var response = await city.PostAsync(Record, new { input = new { readings = new[] { reading } } }, WritableCity.Admin);
        Assert.Equal(1, Payload(response, "recordReadings")["batch"]!["recorded"]!.GetValue<int>());
    }

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);
}
