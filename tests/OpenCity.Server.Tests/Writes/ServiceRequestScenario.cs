using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using OpenCity.Domain.Governance;

namespace OpenCity.Server.Tests.Writes;

/// <summary>What the tests of citizens' reports share: the mutations, places in the city's grids, and a submission over HTTP.</summary>
public static class ServiceRequestScenario
{
    public const string Submit = """
        mutation ($input: SubmitServiceRequestInput!) {
          submitServiceRequest(input: $input) {
            receipt { code status attached reportCount department { code } }
            errors { __typename ... on Error { code message } }
          }
        }
        """;

    /// <summary>A step of a report's work, e.g. <c>Step("startServiceRequest", "StartServiceRequestInput")</c>.</summary>
    public static string Step(string mutation, string inputType) => $$"""
        mutation ($input: {{inputType}}!) {
          {{mutation}}(input: $input) {
            serviceRequest { code status version department { code } }
            errors { __typename ... on Error { code message } ... on ConflictError { currentVersion } ... on InvalidTransitionError { from to } }
          }
        }
        """;

    /// <summary>
    /// A place inside the grid at <paramref name="index"/> (by id), off the 50 m rounding lattice so
    /// that its rounded location differs; each test takes grids no other test takes.
    /// </summary>
    public static Task<(Point Place, string Grid)> PlaceAsync(WritableCity city, int index) =>
        city.ReadAsync(async db =>
        {
            var grid = await db.GovernanceUnits.Where(u => u.Level == GovernanceLevel.Grid).OrderBy(u => u.Id).Skip(index).FirstAsync();
            var centre = grid.Boundary.Centroid;
            return (new Point(centre.X + 0.00021, centre.Y + 0.00013) { SRID = 4326 }, grid.Code);
        });

    /// <summary><paramref name="place"/> moved by about <paramref name="metresEast"/> metres east.</summary>
    public static Point East(Point place, double metresEast) =>
        new(place.X + (metresEast / (111_320 * Math.Cos(place.Y * Math.PI / 180))), place.Y) { SRID = 4326 };

    public static object GeoJson(Point place) => new { type = "Point", coordinates = new[] { place.X, place.Y } };

    public static Task<JsonObject> SubmitAsync(WritableCity city, string category, Point place, string? key = null, string description = "Something is wrong here", string? token = null) =>
        city.PostAsync(Submit, new { input = new { category, description, location = GeoJson(place), idempotencyKey = key } }, token);

    /// <summary>The receipt of a submission that must have succeeded.</summary>
    public static JsonNode Receipt(JsonObject response)
    {
        Assert.True(response["errors"] is null, response.ToJsonString());
        var payload = response["data"]!["submitServiceRequest"]!;
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return payload["receipt"]!;
    }

    public static string Text(JsonNode? node, string field) => node![field]!.GetValue<string>();
}
