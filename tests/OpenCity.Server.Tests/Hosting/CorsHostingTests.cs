using System.Net;
using System.Text;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Hosting;

/// <summary>
/// A browser app on another origin calling the open-data API, as its browser would: preflights and
/// requests with an Origin, against the real server over HTTP. The default lets any origin read without
/// credentials; configured origins alone are answered, and may send credentials.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class CorsHostingTests(SqliteCityFixture sqlite)
{
    private const string AppOrigin = "https://maps.example.org";
    private const string OtherOrigin = "https://elsewhere.example.net";
    private const string Query = """{"query":"{ __typename }"}""";

    [Fact]
    public async Task A_preflight_from_any_origin_is_answered_without_credentials()
    {
        using var response = await PreflightAsync(sqlite.Server.Client, OtherOrigin);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal(["GET", "POST"], List(response, "Access-Control-Allow-Methods"));
        Assert.Equal(["Accept", "Authorization", "Content-Type", "X-Api-Key"], List(response, "Access-Control-Allow-Headers"), StringComparer.OrdinalIgnoreCase);
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Theory]
    [InlineData(Query, HttpStatusCode.OK)]
    [InlineData("""{"query":"{"}""", HttpStatusCode.BadRequest)]
    public async Task A_request_from_any_origin_may_be_read_answers_and_refusals_alike(string body, HttpStatusCode status)
    {
        using var response = await PostAsync(sqlite.Server.Client, OtherOrigin, body);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal(["Retry-After"], List(response, "Access-Control-Expose-Headers"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_request_without_an_origin_gets_no_cors_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(Query) };
        using var response = await sqlite.Server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers, header => header.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Configured_origins_alone_are_answered_and_may_send_credentials()
    {
        await using var server = new OpenCityServer(new Dictionary<string, string?>(sqlite.Settings)
        {
            ["OpenCity:Cors:AllowedOrigins:0"] = AppOrigin,
            ["OpenCity:Cors:AllowedOrigins:1"] = "http://localhost:3000",
            ["OpenCity:Cors:AllowCredentials"] = "true",
            ["OpenCity:Cors:MaxAgeSeconds"] = "60",
        });

        using var preflight = await PreflightAsync(server.Client, AppOrigin);
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal(AppOrigin, Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Header(preflight, "Access-Control-Allow-Credentials"));
        Assert.Equal("60", Header(preflight, "Access-Control-Max-Age"));

        using var answer = await PostAsync(server.Client, AppOrigin, Query);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(AppOrigin, Header(answer, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Header(answer, "Access-Control-Allow-Credentials"));
        // The answer depends on the Origin (and, as before, on Accept): caches must keep them apart.
        Assert.Contains("Origin", List(answer, "Vary"));
        Assert.Contains("Accept", List(answer, "Vary"));

        using var foreignPreflight = await PreflightAsync(server.Client, OtherOrigin);
        using var foreignRequest = await PostAsync(server.Client, OtherOrigin, Query);
        foreach (var foreign in new[] { foreignPreflight, foreignRequest })
        {
            Assert.DoesNotContain(foreign.Headers, header => header.Key.StartsWith("Access-Control-Allow-", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Credentials_for_any_origin_fail_at_start_with_the_reason()
    {
        var exception = Record.Exception(() => new OpenCityServer(new Dictionary<string, string?>(sqlite.Settings)
        {
            ["OpenCity:Cors:AllowCredentials"] = "true",
        }));

        Assert.NotNull(exception);
        Assert.Contains(
            "OpenCity:Cors:AllowCredentials is true but OpenCity:Cors:AllowedOrigins is empty: credentials are never allowed for any origin.",
            Messages(exception),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://maps.example.org/")]
    [InlineData("https://maps.example.org:443")]
    [InlineData("maps.example.org")]
    [InlineData("*")]
    public void An_origin_browsers_never_send_fails_at_start_with_the_reason(string origin)
    {
        var exception = Record.Exception(() => new OpenCityServer(new Dictionary<string, string?>(sqlite.Settings)
        {
            ["OpenCity:Cors:AllowedOrigins:0"] = origin,
        }));

        Assert.NotNull(exception);
        Assert.Contains($"OpenCity:Cors:AllowedOrigins: '{origin}' is not an origin.", Messages(exception), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key,authorization,accept");
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string origin, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(body) };
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Accept", "application/graphql-response+json");
        return await client.SendAsync(request);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string? Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    /// <summary>A comma-separated header's items, sorted, whether sent as one line or several.</summary>
    private static string[] List(HttpResponseMessage response, string name)
        => [.. (Header(response, name) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.OrdinalIgnoreCase)];

    // Hosting wraps start failures (in AggregateException or InvalidOperationException); the reason is inside.
    private static string Messages(Exception exception)
    {
        var messages = new StringBuilder();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            messages.AppendLine(current.Message);
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    messages.AppendLine(Messages(inner));
                }
            }
        }

        return messages.ToString();
    }
}
