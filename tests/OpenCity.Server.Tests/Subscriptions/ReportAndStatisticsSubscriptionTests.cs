using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Governance;
using OpenCity.Domain.ServiceRequests;
using OpenCity.Server.Tests.Infrastructure;
using OpenCity.Server.Tests.Writes;
using static OpenCity.Server.Tests.Writes.ServiceRequestScenario;

namespace OpenCity.Server.Tests.Subscriptions;

/// <summary><c>serviceRequestChanged</c> for an anonymous subscriber over SSE (the privacy rule), and <c>observationsPublished</c> over WebSocket.</summary>
[Collection(CityCollection.Name)]
public sealed class ReportAndStatisticsSubscriptionTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    public static TheoryData<string> Databases => ["sqlite", "postgis"];

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task An_anonymous_subscriber_sees_a_report_of_its_category_with_the_rounded_location_only(string database)
    {
        var city = City(database);
        var (place, grid) = await PlaceAsync(city, 57);
        const string Query = """
            subscription ($unit: String) {
              serviceRequestChanged(category: "pothole", status: ROUTED, unit: $unit) { code category oldStatus newStatus departmentCode gridCode location reportCount missed }
            }
            """;
        var opened = city.Server.Opened();
        using var stream = await city.Server.StreamAsync(Query, new { unit = grid });
        await city.Server.WaitForSubscriptionsAsync(opened, 1);

        Receipt(await SubmitAsync(city, "illegal_dumping", place));
        var code = Text(Receipt(await SubmitAsync(city, "pothole", place, description: "A hole by the bus stop at number 4")), "code");

        // The first event through is the pothole: the other category did not pass.
        var next = await stream.ReadEventAsync();
        Assert.Equal("next", next!.Event);
        Assert.DoesNotContain("bus stop", next.Data, StringComparison.Ordinal);
        var change = next.Json.GetProperty("data").GetProperty("serviceRequestChanged");
        Assert.Equal(
            (code, "pothole", (string?)null, "ROUTED", grid, 1),
            (change.GetProperty("code").GetString(), change.GetProperty("category").GetString(), change.GetProperty("oldStatus").GetString(),
             change.GetProperty("newStatus").GetString(), change.GetProperty("gridCode").GetString(), change.GetProperty("reportCount").GetInt32()));
        var rounded = ReportedLocation.Round(place);
        var coordinates = change.GetProperty("location").GetProperty("coordinates");
        Assert.Equal((rounded.X, rounded.Y), (coordinates[0].GetDouble(), coordinates[1].GetDouble()));
        Assert.NotEqual((place.X, place.Y), (coordinates[0].GetDouble(), coordinates[1].GetDouble()));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Published_statistics_reach_the_subscribers_of_their_indicator(string database)
    {
        var city = City(database);
        var grids = await city.ReadAsync(db => db.GovernanceUnits.Where(u => u.Level == GovernanceLevel.Grid).OrderBy(u => u.Id).Select(u => u.Code).Take(2).ToListAsync());
        const string Publish = """
            mutation ($input: PublishObservationsInput!) { publishObservations(input: $input) { published { created } errors { __typename } } }
            """;
        var opened = city.Server.Opened();
        await using var socket = await city.Server.ConnectAsync();
        await socket.SubscribeAsync("1", """subscription { observationsPublished(indicator: "households") { indicator period unitCodes rolledUpUnitCodes } }""");
        await city.Server.WaitForSubscriptionsAsync(opened, 1);

        foreach (var indicator in new[] { "population", "households" })
        {
            var response = await city.PostAsync(Publish, new { input = new { indicator, period = "2033-Q1", values = grids.Select(g => new { unit = g, value = 10 }).ToArray() } }, WritableCity.Admin);
            Assert.True(response["errors"] is null && response["data"]!["publishObservations"]!["errors"] is null, response.ToJsonString());
        }

        var published = await socket.NextAsync("1", "observationsPublished");
        Assert.Equal(("households", "2033-Q1"), (published.GetProperty("indicator").GetString(), published.GetProperty("period").GetString()));
        Assert.Equal(grids, published.GetProperty("unitCodes").EnumerateArray().Select(u => u.GetString()!).Order(StringComparer.Ordinal));
        Assert.NotEmpty(published.GetProperty("rolledUpUnitCodes").EnumerateArray());
    }

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);
}
