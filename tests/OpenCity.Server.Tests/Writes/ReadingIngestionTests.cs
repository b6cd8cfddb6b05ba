using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Components;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Writes;

/// <summary>
/// <c>POST /ingest/readings</c> on both databases: NDJSON and CSV stored once however often they are
/// replayed; one refused line and nothing is stored, with every refused line listed; no token, no entry.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class ReadingIngestionTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    public static TheoryData<string> Databases => ["sqlite", "postgis"];

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Readings_are_stored_once_and_replays_are_counted_not_duplicated(string database)
    {
        var city = City(database);
        var sensor = await SensorAsync(city, "WATER");
        var start = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(database == "sqlite" ? 0 : 1);
        var ndjson = string.Join('\n', Enumerable.Range(0, 500).Select(i =>
            $$"""{"component":"{{sensor}}","metric":"pressure","measuredAt":"{{start.AddMinutes(i):O}}","value":{{(3 + i / 1000.0).ToString(CultureInfo.InvariantCulture)}},"unit":"bar"}"""));
        var csv = ReadingsCsv(sensor, start.AddDays(2), 300);
        var before = await CountAsync(city, sensor);

        var (status, first) = await PostAsync(city, ndjson, "application/x-ndjson", WritableCity.Operator("WATER"));
        var afterFirst = await city.TrailAsync();
        var (_, replay) = await PostAsync(city, ndjson, "application/x-ndjson", WritableCity.Operator("WATER"));
        Assert.Equal(afterFirst, await city.TrailAsync());
        var (csvStatus, fromCsv) = await PostAsync(city, csv, "text/csv", WritableCity.Admin);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((500L, 500L, 0L), Counts(first));
        Assert.Equal((500L, 0L, 500L), Counts(replay));
        Assert.Equal(HttpStatusCode.OK, csvStatus);
        Assert.Equal((300L, 300L, 0L), Counts(fromCsv));
        Assert.Equal(before + 800, await CountAsync(city, sensor));
        var stored = await city.ReadAsync(db => db.Readings.Where(r => r.Component.Code == sensor && r.MeasuredAt == start.AddMinutes(7)).SingleAsync());
        Assert.Equal((3.007, "bar", "pressure"), (stored.Value, stored.UnitOfMeasure, stored.Metric));

        // Each accepted request announced its new readings once: the NDJSON's and the CSV's, not the replay's.
        var events = await city.ReadAsync(db => db.Outbox.Where(e => e.Type == "ReadingsRecorded").OrderByDescending(e => e.Sequence).Take(2).ToListAsync());
        var announced = events.Select(e => JsonNode.Parse(e.Payload)!).Select(e => (e["code"]!.GetValue<string>(), e["count"]!.GetValue<int>(), e["latestValue"]!.GetValue<double>())).ToList();
        Assert.Equal([(sensor, 300, 2.5 + 299), (sensor, 500, 3.499)], announced);
    }

    /// <summary>
    /// Bodies past one chunk (10,000 lines) that mix new readings with readings on record and repeat a
    /// reading within themselves: on PostgreSQL the chunks take both ways (straight in, or past the
    /// ones on record), and the counts and the stored values are the same whichever way.
    /// </summary>
    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Large_bodies_mixing_new_readings_with_replays_and_repeats_store_each_reading_once(string database)
    {
        var city = City(database);
        var sensor = await city.ReadAsync(db => db.Components.IgnoreQueryFilters()
            .Where(c => c.Kind == ComponentKind.Sensor && c.Owner!.Code == "WATER" && c.Sensitivity == Sensitivity.Public)
            .OrderByDescending(c => c.Code).Select(c => c.Code).Skip(1).FirstAsync());
        var start = new DateTime(2032, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddYears(database == "sqlite" ? 0 : 1);
        string Line(int minute, double value) =>
            FormattableString.Invariant($"{sensor},flow_rate,{start.AddMinutes(minute):O},{value},l/s");
        var before = await CountAsync(city, sensor);

        // 10,000 new readings, then the first one again with another value.
        var first = Enumerable.Range(0, 10_000).Select(i => Line(i, i)).Append(Line(0, -1));
        // The same 10,000 again, then 15,000 new ones of which one is sent twice.
        var second = Enumerable.Range(0, 10_000).Select(i => Line(i, i))
            .Concat(Enumerable.Range(10_000, 15_000).Select(i => Line(i, i)))
            .Append(Line(20_000, -2));

        var (firstStatus, firstAnswer) = await PostAsync(city, string.Join('\n', first), "text/csv", WritableCity.Operator("WATER"));
        var (secondStatus, secondAnswer) = await PostAsync(city, string.Join('\n', second), "text/csv", WritableCity.Operator("WATER"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (firstStatus, secondStatus));
        Assert.Equal((10_001L, 10_000L, 1L), Counts(firstAnswer));
        Assert.Equal((25_001L, 15_000L, 10_001L), Counts(secondAnswer));
        Assert.Equal(before + 25_000, await CountAsync(city, sensor));
        var kept = await city.ReadAsync(db => db.Readings
            .Where(r => r.Component.Code == sensor && (r.MeasuredAt == start || r.MeasuredAt == start.AddMinutes(20_000)))
            .OrderBy(r => r.MeasuredAt).Select(r => r.Value).ToListAsync());
        Assert.Equal([0.0, 20_000.0], kept);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task One_refused_line_stores_nothing_and_every_refused_line_is_listed(string database)
    {
        var city = City(database);
        var water = await SensorAsync(city, "WATER");
        var gas = await SensorAsync(city, "GAS");
        var at = new DateTime(2030, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        string Line(string code, string time, string value) => $$"""{"component":"{{code}}","metric":"pressure","measuredAt":"{{time}}","value":{{value}},"unit":"bar"}""";
        var body = string.Join('\n',
            Line(water, at.ToString("O"), "1"),
            Line(gas, at.ToString("O"), "1"),
            Line("NO-SUCH-THING", at.ToString("O"), "1"),
            Line(water, "2030-06-01T00:00:00", "1"),
            "{ not json",
            Line(water, at.AddHours(1).ToString("O"), "\"high\""),
            "{\"component\":\"" + new string('x', 5000) + "\"}",
            Line(water, at.AddHours(2).ToString("O"), "2"));
        var before = (await CountAsync(city, water), await city.TrailAsync());

        var (status, answer) = await PostAsync(city, body, "application/x-ndjson", WritableCity.Operator("WATER"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("INGESTION_REFUSED", answer["code"]!.GetValue<string>());
        var refused = answer["refused"]!.AsArray().Select(r => (r!["line"]!.GetValue<long>(), r["code"]!.GetValue<string>())).OrderBy(r => r.Item1).ToList();
        Assert.Equal(
            [(2L, "FORBIDDEN"), (3L, "UNKNOWN_COMPONENT"), (4L, "INVALID_VALUE"), (5L, "INVALID_LINE"), (6L, "INVALID_VALUE"), (7L, "LINE_TOO_LONG")],
            refused);
        Assert.Equal(6, answer["refusedCount"]!.GetValue<long>());
        Assert.Equal(before, (await CountAsync(city, water), await city.TrailAsync()));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_department_records_its_restricted_components_which_others_cannot_see(string database)
    {
        var city = City(database);
        var restricted = await city.ReadAsync(db => db.Components.IgnoreQueryFilters()
            .Where(c => c.Sensitivity == Sensitivity.Restricted && c.Owner!.Code == "GAS").OrderBy(c => c.Code).Select(c => c.Code).FirstAsync());
        var body = ReadingsCsv(restricted, new DateTime(2031, 3, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(database == "sqlite" ? 0 : 1), 2);

        var (gasStatus, gas) = await PostAsync(city, body, "text/csv", WritableCity.Operator("GAS"));
        var (waterStatus, water) = await PostAsync(city, body, "text/csv", WritableCity.Operator("WATER"));

        Assert.Equal(HttpStatusCode.OK, gasStatus);
        Assert.Equal((2L, 2L, 0L), Counts(gas));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, waterStatus);
        Assert.All(water["refused"]!.AsArray(), r => Assert.Equal("UNKNOWN_COMPONENT", r!["code"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("sqlite", null, "application/x-ndjson", HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    [InlineData("postgis", "not-a-token", "application/x-ndjson", HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    [InlineData("sqlite", "admin", "application/json", HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE")]
    public async Task Without_an_operator_token_or_in_another_format_nothing_is_read(string database, string? token, string mediaType, HttpStatusCode expected, string code)
    {
        var city = City(database);
        var sensor = await SensorAsync(city, "WATER");
        var before = await CountAsync(city, sensor);

        var (status, answer) = await PostAsync(city, ReadingsCsv(sensor, new DateTime(2030, 9, 1, 0, 0, 0, DateTimeKind.Utc), 3), mediaType, token == "admin" ? WritableCity.Admin : token);

        Assert.Equal(expected, status);
        Assert.Equal(code, answer["code"]!.GetValue<string>());
        Assert.Equal(before, await CountAsync(city, sensor));
    }

    private static string ReadingsCsv(string sensor, DateTime start, int count) =>
        "component,metric,measuredAt,value,unit\n"
        + string.Join("\r\n", Enumerable.Range(0, count).Select(i => FormattableString.Invariant($"{sensor},pressure,{start.AddMinutes(i):O},{2.5 + i},bar")));

    private static (long Rows, long Recorded, long Duplicates) Counts(JsonObject answer) =>
        (answer["rows"]!.GetValue<long>(), answer["recorded"]!.GetValue<long>(), answer["duplicates"]!.GetValue<long>());

    private static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(WritableCity city, string body, string mediaType, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/ingest/readings") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await city.Server.Client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>The last sensor a department owns (by code): the status tests take the first components.</summary>
    private static Task<string> SensorAsync(WritableCity city, string department) =>
        city.ReadAsync(db => db.Components.IgnoreQueryFilters()
            .Where(c => c.Kind == ComponentKind.Sensor && c.Owner!.Code == department && c.Sensitivity == Sensitivity.Public)
            .OrderByDescending(c => c.Code).Select(c => c.Code).FirstAsync());

    private static Task<int> CountAsync(WritableCity city, string sensor) =>
        city.ReadAsync(db => db.Readings.IgnoreQueryFilters().CountAsync(r => r.Component.Code == sensor));

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);
}
