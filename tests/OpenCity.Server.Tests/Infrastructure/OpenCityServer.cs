using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>
/// The real server (Program), on Kestrel at a free loopback port, seeded with the small demo
/// city in the database the settings name. Tests talk to it over real HTTP.
/// </summary>
public sealed class OpenCityServer : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public OpenCityServer(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        UseKestrel(0);
        StartServer();
        Client = CreateClient();
    }

    public HttpClient Client { get; }

    public Uri BaseAddress => Client.BaseAddress!;

    /// <summary>POSTs a GraphQL request and returns the whole response body as JSON.</summary>
    public async Task<JsonObject> PostAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body)?.AsObject()
            ?? throw new InvalidOperationException($"Empty response ({(int)response.StatusCode}).");
    }

    /// <summary>Like <see cref="PostAsync"/>, but fails the test when the response carries errors.</summary>
    public async Task<JsonObject> QueryDataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response["errors"] is null, $"GraphQL errors: {response["errors"]?.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}");
        return response["data"]!.AsObject();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Every test talks from one address: the per-client limit has tests of its own.
        builder.UseSetting("OpenCity:RateLimiting:Enabled", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
