using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NetTopologySuite.Geometries;
using OpenCity.Domain.Departments;
using OpenCity.Domain.ServiceRequests;
using OpenCity.Server.ServiceRequests;
using OpenCity.Server.Tests.Infrastructure;
using static OpenCity.Server.Tests.Writes.ServiceRequestScenario;

namespace OpenCity.Server.Tests.Writes;

/// <summary>
/// <c>submitServiceRequest</c> over real HTTP without a token, on both databases: routing, the grid,
/// replays, duplicates, refusals that write nothing, and the per-client limit.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class ServiceRequestSubmissionTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    public static TheoryData<string> Databases => ["sqlite", "postgis"];

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task The_catalogue_lists_every_category_with_its_domain(string database)
    {
        var data = await City(database).Server.QueryDataAsync("{ serviceRequestCategories { code name domain } }");

        var categories = data["serviceRequestCategories"]!.AsArray();
        Assert.Equal(13, categories.Count);
        var leak = Assert.Single(categories, c => Text(c, "code") == "water_leak")!;
        Assert.Equal(("Water leak", "WATER"), (Text(leak, "name"), Text(leak, "domain")));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_water_leak_inside_WATERs_area_goes_to_WATER_in_its_grid_with_its_audit_entry_and_public_event(string database)
    {
        var city = City(database);
        var (place, grid) = await PlaceAsync(city, 10);
        var before = await city.TrailAsync();

        var receipt = Receipt(await SubmitAsync(city, "water_leak", place, description: "Water bubbling up at number 12"));

        var code = Text(receipt, "code");
        Assert.Matches(@"^SR-\d{4}-\d{6}$", code);
        Assert.Equal(("ROUTED", "WATER", false, 1), (Text(receipt, "status"), Text(receipt["department"], "code"), receipt["attached"]!.GetValue<bool>(), receipt["reportCount"]!.GetValue<int>()));
        var stored = await city.ReadAsync(db => db.ServiceRequests.Include(r => r.Department).Include(r => r.GridUnit).SingleAsync(r => r.Code == code));
        Assert.Equal((ServiceRequestStatus.Routed, "WATER", grid, "Water bubbling up at number 12"), (stored.Status, stored.Department!.Code, stored.GridUnit!.Code, stored.Description));
        Assert.True(stored.Location.EqualsExact(place, 1e-9));
        Assert.True(stored.PublicLocation!.EqualsExact(ReportedLocation.Round(place), 1e-9));
        Assert.Equal(1, await city.ReadAsync(db => db.ServiceRequestSubmissions.CountAsync(s => s.ServiceRequest.Code == code && !s.Attached)));
        var (audit, outbox) = await city.ReadAsync(async db => (
            await db.AuditLog.SingleAsync(a => a.EntityCode == code),
            await db.Outbox.OrderByDescending(e => e.Sequence).FirstAsync()));
        Assert.Equal(("anonymous", "anonymous", "submitServiceRequest"), (audit.Subject, audit.Role, audit.Operation));
        Assert.Equal("ServiceRequestChanged", outbox.Type);
        var change = JsonNode.Parse(outbox.Payload)!;
        Assert.Equal((code, "water_leak", "Routed", "WATER", grid), (Text(change, "code"), Text(change, "category"), Text(change, "newStatus"), Text(change, "departmentCode"), Text(change, "gridCode")));
        Assert.Null(change["oldStatus"]);
        var eventPlace = change["location"]!["coordinates"]!.AsArray().Select(c => c!.GetValue<double>()).ToArray();
        Assert.Equal([ReportedLocation.Round(place).X, ReportedLocation.Round(place).Y], eventPlace);
        Assert.DoesNotContain("bubbling", outbox.Payload, StringComparison.Ordinal);
        Assert.Equal((before.Audit + 1, before.Events + 1), await city.TrailAsync());
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Overlapping_areas_the_smallest_containing_one_wins_and_outside_every_area_the_nearest(string database)
    {
        var city = City(database);
        var (inside, _) = await PlaceAsync(city, 20);
        var (elsewhere, _) = await PlaceAsync(city, 90);
        var faraway = new Point(inside.X - 0.05, inside.Y) { SRID = 4326 }; // about 3 km west: outside every area of the city
        var code = $"TELECOM_T{database.ToUpperInvariant()}";
        await city.ReadAsync(async db =>
        {
            db.Departments.Add(new Department
            {
                Code = code,
                Name = "Telecom test team",
                Domain = InfrastructureDomain.Telecom,
                ResponsibilityAreas =
                [
                    new ResponsibilityArea { Name = "One block", Area = Square(inside, 0.001) },
                    new ResponsibilityArea { Name = "Out of town mast", Area = Square(new Point(faraway.X - 0.003, faraway.Y), 0.001) },
                ],
            });
            return await db.SaveChangesAsync();
        });
        try
        {
            // Inside both TELECOM's city-wide coverage and the test team's block: the smaller area wins.
            Assert.Equal(code, Text(Receipt(await SubmitAsync(city, "wifi_outage", inside))["department"], "code"));
            Assert.Equal("TELECOM", Text(Receipt(await SubmitAsync(city, "wifi_outage", elsewhere))["department"], "code"));

            // No area contains it: the nearest one decides (the router is asked directly, since the city refuses places outside it).
            var router = city.Server.Services.GetRequiredService<ServiceRequestRouter>();
            var nearest = await city.ReadAsync(db => router.RouteAsync(db, InfrastructureDomain.Telecom, faraway, CancellationToken.None));
            Assert.Equal(code, nearest!.Code);
        }
        finally
        {
            await city.ReadAsync(async db =>
            {
                await db.ServiceRequests.Where(r => r.Department!.Code == code).ExecuteDeleteAsync();
                await db.ResponsibilityAreas.Where(a => a.Department.Code == code).ExecuteDeleteAsync();
                return await db.Departments.Where(d => d.Code == code).ExecuteDeleteAsync();
            });
        }
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Replaying_an_idempotency_key_returns_the_first_answer_and_never_a_second_report_even_in_a_race(string database)
    {
        var city = City(database);
        var (place, _) = await PlaceAsync(city, 30);
        var (racePlace, _) = await PlaceAsync(city, 33);
        var key = Guid.NewGuid().ToString();
        var raceKey = Guid.NewGuid().ToString();
        var before = await city.TrailAsync();

        var first = Receipt(await SubmitAsync(city, "pothole", place, key));
        var replay = Receipt(await SubmitAsync(city, "pothole", place, key));
        var race = await Task.WhenAll(SubmitAsync(city, "pothole", racePlace, raceKey), SubmitAsync(city, "pothole", racePlace, raceKey));

        Assert.Equal(first.ToJsonString(), replay.ToJsonString());
        Assert.Equal(Text(Receipt(race[0]), "code"), Text(Receipt(race[1]), "code"));
        Assert.False(Receipt(race[1])["attached"]!.GetValue<bool>());
        Assert.Equal((1, 1), await city.ReadAsync(async db => (
            await db.ServiceRequestSubmissions.CountAsync(s => s.IdempotencyKey == key),
            await db.ServiceRequestSubmissions.CountAsync(s => s.IdempotencyKey == raceKey))));
        Assert.Equal((before.Audit + 2, before.Events + 2), await city.TrailAsync());
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_report_close_to_an_open_one_of_its_category_is_attached_but_not_one_far_away_or_of_another_category(string database)
    {
        var city = City(database);
        var (place, _) = await PlaceAsync(city, 40);

        var first = Receipt(await SubmitAsync(city, "streetlight_out", place));
        var near = Receipt(await SubmitAsync(city, "streetlight_out", East(place, 20)));
        var far = Receipt(await SubmitAsync(city, "streetlight_out", East(place, 150)));
        var other = Receipt(await SubmitAsync(city, "illegal_dumping", place));

        var code = Text(first, "code");
        Assert.Equal((code, true, 2), (Text(near, "code"), near["attached"]!.GetValue<bool>(), near["reportCount"]!.GetValue<int>()));
        Assert.NotEqual(code, Text(far, "code"));
        Assert.NotEqual(code, Text(other, "code"));
        Assert.False(far["attached"]!.GetValue<bool>());
        var stored = await city.ReadAsync(db => db.ServiceRequests.SingleAsync(r => r.Code == code));
        Assert.Equal((2, 1L), (stored.ReportCount, stored.Version));
        var submissions = await city.ReadAsync(db => db.ServiceRequestSubmissions.Where(s => s.ServiceRequest.Code == code).OrderBy(s => s.Id).Select(s => s.Attached).ToListAsync());
        Assert.Equal([false, true], submissions);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Refused_reports_write_nothing(string database)
    {
        var city = City(database);
        var (place, _) = await PlaceAsync(city, 45);
        var before = await city.TrailAsync();
        var requests = await city.ReadAsync(db => db.ServiceRequests.CountAsync());

        var unknown = await SubmitAsync(city, "dragon_sighting", place);
        var outside = await SubmitAsync(city, "pothole", new Point(10.0, 53.55) { SRID = 4326 });
        var polygon = await city.PostAsync(Submit, new { input = new { category = "pothole", description = "x", location = new { type = "Polygon", coordinates = new[] { new[] { new[] { 0.0, 0.0 }, new[] { 1.0, 0.0 }, new[] { 1.0, 1.0 }, new[] { 0.0, 0.0 } } } } } });
        var empty = await SubmitAsync(city, "pothole", place, description: "   ");
        var tooLong = await SubmitAsync(city, "pothole", place, description: new string('a', 2001));

        Assert.Equal(("NotFoundError", "NOT_FOUND"), PayloadError(unknown));
        Assert.Equal(("OutsideCityError", "OUTSIDE_CITY"), PayloadError(outside));
        Assert.Equal("GEOJSON_INVALID_GEOMETRY", WritableCity.Code(polygon));
        Assert.Equal("INVALID_VALUE", WritableCity.Code(empty));
        Assert.Equal("INVALID_VALUE", WritableCity.Code(tooLong));
        Assert.Equal(2000, tooLong["errors"]![0]!["extensions"]!["limit"]!.GetValue<int>());
        Assert.Equal(before, await city.TrailAsync());
        Assert.Equal(requests, await city.ReadAsync(db => db.ServiceRequests.CountAsync()));
    }

    [Fact]
    public async Task The_readme_example_reports_a_problem_inside_the_city()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "README.md"));
        var example = Regex.Match(readme, @"```graphql\n(mutation \{\s+submitServiceRequest.*?)```", RegexOptions.Singleline).Groups[1].Value;

        var response = await City("sqlite").PostAsync(example);

        Assert.True(response["errors"] is null, response.ToJsonString());
        Assert.Equal("WATER", Text(response["data"]!["submitServiceRequest"]!["receipt"]!["department"], "code"));
    }

    [Fact]
    public void Settings_that_make_no_sense_stop_the_server_at_start()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new OpenCityServer(new Dictionary<string, string?>(sqlite.Settings)
        {
            ["OpenCity:ServiceRequests:SubmissionsPerMinute"] = "0",
        }));

        Assert.Contains(ServiceRequestOptions.Requirements, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Past_its_limit_an_anonymous_client_is_RATE_LIMITED_with_retry_after_while_staff_are_not_counted()
    {
        await using var server = new OpenCityServer(new Dictionary<string, string?>(sqlite.Settings)
        {
            ["OpenCity:RateLimiting:Enabled"] = "true",
            ["OpenCity:ServiceRequests:SubmissionsPerMinute"] = "2",
        });
        var city = new WritableCity(new LimitedServer(server));
        var (place, _) = await PlaceAsync(city, 47);
        var before = await city.TrailAsync();

        // An unknown category writes nothing, but counts: the limit is taken before anything is read.
        var answers = new List<JsonObject>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await SubmitAsync(city, "not_a_category", place));
        }

        var staff = await SubmitAsync(city, "not_a_category", place, token: WritableCity.Operator("WATER"));

        Assert.All(answers.Take(2), a => Assert.Equal(("NotFoundError", "NOT_FOUND"), PayloadError(a)));
        Assert.Equal("RATE_LIMITED", WritableCity.Code(answers[2]));
        Assert.InRange(answers[2]["errors"]![0]!["extensions"]!["retryAfterSeconds"]!.GetValue<int>(), 1, 60);
        Assert.Equal(2, answers[2]["errors"]![0]!["extensions"]!["limit"]!.GetValue<int>());
        Assert.Equal(("NotFoundError", "NOT_FOUND"), PayloadError(staff));
        Assert.Equal(before, await city.TrailAsync());
    }

    private static (string Type, string Code) PayloadError(JsonObject response)
    {
        Assert.True(response["errors"] is null, response.ToJsonString());
        var error = Assert.Single(response["data"]!["submitServiceRequest"]!["errors"]!.AsArray())!;
        return (Text(error, "__typename"), Text(error, "code"));
    }

    private static MultiPolygon Square(Point centre, double half)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var (x, y) = (centre.X, centre.Y);
        return factory.CreateMultiPolygon([factory.CreatePolygon([new(x - half, y - half), new(x + half, y - half), new(x + half, y + half), new(x - half, y + half), new(x - half, y - half)])]);
    }

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);

    private sealed class LimitedServer(OpenCityServer server) : ICityServerFixture
    {
        public OpenCityServer Server => server;

        public IReadOnlyDictionary<string, string?> Settings => throw new NotSupportedException();

        public Task InitializeAsync() => Task.CompletedTask;

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
