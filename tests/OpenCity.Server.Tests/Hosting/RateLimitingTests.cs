using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Hosting;

/// <summary>Per-client rate limits on a server that allows three requests a minute: counted per API key, else per address.</summary>
[Collection(CityCollection.Name)]
public sealed class RateLimitingTests(SqliteCityFixture sqlite)
{
    [Fact]
    public async Task Past_its_limit_a_client_gets_429_with_a_graphql_error_and_retry_after_while_others_go_on()
    {
        await using var server = new OpenCityServer(new Dictionary<string, string?>(sqlite.Settings)
        {
            ["OpenCity:RateLimiting:Enabled"] = "true",
            ["OpenCity:RateLimiting:PermitLimit"] = "3",
            ["OpenCity:RateLimiting:Window"] = "00:01:00",
        });

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await PostAsync(server.Client, apiKey: null);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await PostAsync(server.Client, apiKey: null);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal("*", refused.Headers.GetValues("Access-Control-Allow-Origin").Single()); // a page may read why
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("RATE_LIMITED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(3, error["extensions"]!["limit"]!.GetValue<int>());
        Assert.Contains("at most 3", error["message"]!.GetValue<string>(), StringComparison.Ordinal);

        // A client with an API key has a budget of its own.
        using var withKey = await PostAsync(server.Client, apiKey: "dashboard-7");
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", "https://maps.example.org");
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await client.SendAsync(request);
    }
}
