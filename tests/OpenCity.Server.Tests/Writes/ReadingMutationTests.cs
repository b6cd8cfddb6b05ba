using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCity.Server.Tests.Infrastructure;
using static OpenCity.Server.Tests.Writes.ComponentWrites;

namespace OpenCity.Server.Tests.Writes;

/// <summary><c>recordReadings</c> over real HTTP with real tokens, on both databases: all or nothing, replays counted not stored.</summary>
[Collection(CityCollection.Name)]
public sealed class ReadingMutationTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    private const string Record = """
        mutation ($input: RecordReadingsInput!) {
          recordReadings(input: $input) { batch { recorded duplicates } errors { __typename ... on Error { code message } } }
        }
        """;

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task A_batch_is_recorded_once_and_its_replay_is_counted_as_duplicates_with_a_ReadingsRecorded_event(string database)
    {
        var city = City(database);
        var code = await city.CreateAsync();
        var token = WritableCity.Operator("ENVIRONMENT");
        object Reading(string at, double value) => new { componentCode = code, metric = "pm25", measuredAt = at, value, unitOfMeasure = "µg/m³" };
        var batch = new[] { Reading("2026-03-01T08:00:00Z", 11.5), Reading("2026-03-01T09:00:00.123456Z", 14.25), Reading("2026-03-01T08:30:00Z", 9) };
        var before = await city.TrailAsync();

        var first = Payload(await city.PostAsync(Record, new { input = new { readings = batch } }, token), "recordReadings");
        var afterFirst = await city.TrailAsync();
        var @event = await city.ReadAsync(async db => JsonNode.Parse((await db.Outbox.OrderByDescending(e => e.Sequence).FirstAsync()).Payload)!);
        var replay = Payload(await city.PostAsync(Record, new { input = new { readings = batch.Append(Reading("2026-03-01T10:00:00Z", 20)).ToArray() } }, token), "recordReadings");

        Assert.Equal((3, 0), (first["batch"]!["recorded"]!.GetValue<int>(), first["batch"]!["duplicates"]!.GetValue<int>()));
        Assert.Equal((1, 3), (replay["batch"]!["recorded"]!.GetValue<int>(), replay["batch"]!["duplicates"]!.GetValue<int>()));
        Assert.Equal(4, await city.ReadAsync(db => db.Readings.CountAsync(r => r.Component.Code == code)));
        Assert.Equal((before.Audit + 1, before.Events + 1), afterFirst);
        Assert.Equal((code, "pm25", 3, 14.25, 9.0), (
            @event["code"]!.GetValue<string>(), @event["metric"]!.GetValue<string>(), @event["count"]!.GetValue<int>(),
            @event["latestValue"]!.GetValue<double>(), @event["minValue"]!.GetValue<double>()));
        Assert.StartsWith("2026-03-01T09:00:00.123456", @event["lastMeasuredAt"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal((afterFirst.Audit + 1, afterFirst.Events + 1), await city.TrailAsync());
    }

    [Theory]
    [MemberData(nameof(Databases), MemberType = typeof(ComponentWrites))]
    public async Task A_batch_is_refused_whole_without_a_token_for_another_department_an_unknown_asset_too_many_readings_or_a_non_finite_value(string database)
    {
        var city = City(database);
        var code = await city.CreateAsync();
        object Reading(string component, int minute) => new { componentCode = component, metric = "pm25", measuredAt = $"2026-03-02T08:{minute:00}:00Z", value = 1.5, unitOfMeasure = "µg/m³" };
        object Batch(params object[] readings) => new { input = new { readings } };
        var before = await city.TrailAsync();

        var anonymous = await city.PostAsync(Record, Batch(Reading(code, 0)));
        var telecom = await city.PostAsync(Record, Batch(Reading(code, 0)), WritableCity.Operator("TELECOM"));
        var unknown = await city.PostAsync(Record, Batch(Reading(code, 0), Reading(NewCode(), 1)), WritableCity.Operator("ENVIRONMENT"));
        var tooMany = await city.PostAsync(Record, Batch(Enumerable.Range(0, 1001).Select(i => Reading(code, i % 60)).ToArray()), WritableCity.Operator("ENVIRONMENT"));
        var infinite = await city.PostAsync(
            $$"""mutation { recordReadings(input: { readings: [{ componentCode: "{{code}}", metric: "pm25", measuredAt: "2026-03-02T08:00:00Z", value: 1e999, unitOfMeasure: "x" }] }) { batch { recorded } } }""",
            token: WritableCity.Operator("ENVIRONMENT"));

        Assert.Equal("UNAUTHENTICATED", WritableCity.Code(anonymous));
        Assert.Equal("FORBIDDEN", WritableCity.Code(telecom));
        Assert.Equal("department:TELECOM", telecom["errors"]![0]!["extensions"]!["requiredScope"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", ErrorCode(unknown, "recordReadings"));
        Assert.Equal("BATCH_TOO_LARGE", WritableCity.Code(tooMany));
        Assert.Equal(1000, tooMany["errors"]![0]!["extensions"]!["limit"]!.GetValue<int>());
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", WritableCity.Code(infinite));
        Assert.Null(infinite["data"]?["recordReadings"]);
        Assert.Equal(before, await city.TrailAsync());
        Assert.Equal(0, await city.ReadAsync(db => db.Readings.CountAsync(r => r.Component.Code == code)));
    }

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);
}
