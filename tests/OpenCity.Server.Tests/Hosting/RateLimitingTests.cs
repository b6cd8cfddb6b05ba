using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Hosting;

/// <summary>Per-client rate limits on a server that allows three requests a minute per address and five per issued API key.</summary>
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
            ["OpenCity:RateLimiting:ApiKeys:0"] = "dashboard-7",
            ["OpenCity:RateLimiting:ApiKeyPermitLimit"] = "5",
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

        // A made-up key counts for nothing: the request is counted with its address.
        using var madeUp = await PostAsync(server.Client, apiKey: Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.TooManyRequests, madeUp.StatusCode);

        // A key the city issued has a budget of its own.
        for (var i = 0; i < 5; i++)
        {
            using var withKey = await PostAsync(server.Client, apiKey: "dashboard-7");
            Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        }

        using var keyExhausted = await PostAsync(server.Client, apiKey: "dashboard-7");
        Assert.Equal(HttpStatusCode.TooManyRequests, keyExhausted.StatusCode);
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
