using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OpenCity.Benchmarks.Attacks;

/// <summary>What the shapes need to know about the served city: the city unit's global id, its extent and centroid.</summary>
public sealed record CityFacts(string CityId, CityExtent Extent)
{
    /// <summary>Asks the server once, with an ordinary query, before any attack.</summary>
    public static async Task<CityFacts> LoadAsync(Uri address, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = address };
        using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ city { id boundary centroid } }" }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var city = body?["data"]?["city"] ?? throw new InvalidOperationException($"No city in the answer: {body?.ToJsonString()}");
        var positions = Positions(city["boundary"]!["coordinates"]!).ToList();
        var centre = Positions(city["centroid"]!["coordinates"]!).Single();
        var extent = new CityExtent(
            positions.Min(p => p.Longitude), positions.Min(p => p.Latitude), positions.Max(p => p.Longitude), positions.Max(p => p.Latitude),
            centre.Longitude, centre.Latitude);
        return new CityFacts(city["id"]!.GetValue<string>(), extent);
    }

    // GeoJSON nests positions to a depth that depends on the type; a position is the array whose items are numbers.
    private static IEnumerable<(double Longitude, double Latitude)> Positions(JsonNode coordinates)
    {
        var array = coordinates.AsArray();
        if (array is [JsonValue longitude, JsonValue latitude, ..])
        {
            yield return (longitude.GetValue<double>(), latitude.GetValue<double>());
            yield break;
        }

        foreach (var item in array)
        {
            foreach (var position in Positions(item!))
            {
                yield return position;
            }
        }
    }
}
