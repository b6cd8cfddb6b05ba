using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using OpenCity.Domain.ServiceRequests;
using OpenCity.Server.Tests.Infrastructure;
using OpenCity.Server.Tests.Writes;
using static OpenCity.Server.Tests.Writes.ServiceRequestScenario;

namespace OpenCity.Server.Tests.ServiceRequests;

/// <summary>
/// Who reads what of a citizen's report, on both databases: the public and other departments see
/// the rounded location and no words; the routed department and admins see both exactly. Filters
/// leak neither.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class ServiceRequestPrivacyTests(WritableSqliteCityFixture sqlite, WritablePostGisCityFixture postgis)
{
    private const string Read = """
        query ($code: String!) {
          serviceRequests(where: { code: { eq: $code } }) { nodes { id code category status description location reportCount submittedAt department { code } unit { code } } }
        }
        """;

    private const string Words = "Loud music every night from the flat above number 7";

    public static TheoryData<string> Databases => ["sqlite", "postgis"];

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Anonymous_readers_and_other_departments_see_no_words_and_only_the_rounded_location(string database)
    {
        var city = City(database);
        var (place, grid) = await PlaceAsync(city, 60);
        var code = Text(Receipt(await SubmitAsync(city, "noise_complaint", place, description: Words)), "code");
        var rounded = ReportedLocation.Round(place);
        Assert.False(rounded.EqualsExact(place, 1e-7));

        foreach (var token in new[] { null, WritableCity.Operator("WATER") })
        {
            var report = await ReadAsync(city, code, token);
            Assert.Null(report["description"]);
            Assert.Equal(Coordinates(rounded), Coordinates(report["location"]));
            Assert.Equal(("noise_complaint", "ROUTED", "ENVIRONMENT", grid, 1), (Text(report, "category"), Text(report, "status"), Text(report["department"], "code"), Text(report["unit"], "code"), report["reportCount"]!.GetValue<int>()));

            var byNode = await city.Server.QueryDataAsync("query ($id: ID!) { node(id: $id) { ... on ServiceRequest { description location } } }", new { id = Text(report, "id") }, token);
            Assert.Null(byNode["node"]!["description"]);
            Assert.Equal(Coordinates(rounded), Coordinates(byNode["node"]!["location"]));
        }
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task The_routed_department_and_admins_see_the_words_and_the_exact_location(string database)
    {
        var city = City(database);
        var (place, _) = await PlaceAsync(city, 62);
        var code = Text(Receipt(await SubmitAsync(city, "noise_complaint", place, description: Words)), "code");

        foreach (var token in new[] { WritableCity.Operator("ENVIRONMENT"), WritableCity.Admin })
        {
            var report = await ReadAsync(city, code, token);
            Assert.Equal(Words, Text(report, "description"));
            Assert.Equal(Coordinates(place), Coordinates(report["location"]));
        }
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Filters_neither_search_the_words_nor_find_the_exact_place(string database)
    {
        var city = City(database);
        var (place, _) = await PlaceAsync(city, 64);
        var code = Text(Receipt(await SubmitAsync(city, "noise_complaint", place, description: Words)), "code");
        var rounded = ReportedLocation.Round(place);
        const string Near = """
            query ($code: String!, $at: GeoJSON!) { serviceRequests(where: { code: { eq: $code }, location: { dwithin: { geometry: $at, meters: 1 } } }) { totalCount } }
            """;

        var byWords = await city.PostAsync("""{ serviceRequests(where: { description: { contains: "music" } }) { totalCount } }""");
        var nearExact = await city.Server.QueryDataAsync(Near, new { code, at = GeoJson(place) }, WritableCity.Admin);
        var nearRounded = await city.Server.QueryDataAsync(Near, new { code, at = GeoJson(rounded) });

        Assert.Null(byWords["data"]);
        Assert.Contains("description", byWords["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, nearExact["serviceRequests"]!["totalCount"]!.GetValue<int>()); // even an admin filters on the public location
        Assert.Equal(1, nearRounded["serviceRequests"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_seeded_report_reads_rounded_for_the_public(string database)
    {
        var city = City(database);
        var data = await city.Server.QueryDataAsync("{ serviceRequests(first: 1, order: [{ code: ASC }]) { nodes { code description location } } }");
        var report = data["serviceRequests"]!["nodes"]![0]!;
        var exact = await city.ReadAsync(db => Task.FromResult(db.ServiceRequests.Where(r => r.Code == Text(report, "code")).Select(r => r.Location).Single()));

        Assert.Null(report["description"]);
        Assert.Equal(Coordinates(ReportedLocation.Round(exact)), Coordinates(report["location"]));
    }

    private static async Task<JsonNode> ReadAsync(WritableCity city, string code, string? token)
    {
        var data = await city.Server.QueryDataAsync(Read, new { code }, token);
        return Assert.Single(data["serviceRequests"]!["nodes"]!.AsArray())!;
    }

    private static (double, double) Coordinates(Point point) => (Math.Round(point.X, 9), Math.Round(point.Y, 9));

    private static (double, double) Coordinates(JsonNode? geoJson)
    {
        var coordinates = geoJson!["coordinates"]!.AsArray();
        return (Math.Round(coordinates[0]!.GetValue<double>(), 9), Math.Round(coordinates[1]!.GetValue<double>(), 9));
    }

    private WritableCity City(string database) => new(database == "sqlite" ? sqlite : postgis);
}
