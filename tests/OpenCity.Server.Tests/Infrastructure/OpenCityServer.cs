using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Availability;

namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>
/// The real server (Program), on Kestrel at a free loopback port, seeded with the small demo
/// city in the database the settings name. Tests talk to it over real HTTP.
/// </summary>
public sealed class OpenCityServer : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    /// <param name="settings">Configuration on top of the server's own.</param>
    /// <param name="configureServices">Services a test adds or replaces (e.g. an in-memory telemetry exporter).</param>
    /// <param name="waitUntilReady">
    /// Whether to return only once the server is ready (its database migrated and seeded): it listens
    /// before that, and a test of that time says false.
    /// </param>
    public OpenCityServer(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null, bool waitUntilReady = true)
    {
        _settings = settings;
        _configureServices = configureServices;
        UseKestrel(0);
        StartServer();

        // Program answers bad settings with one line and exit code 1 rather than starting the host:
        // here that is the settings' exception, for the test to read.
        if (!Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.IsCancellationRequested)
        {
            Services.GetRequiredService<IStartupValidator>().Validate();
            throw new InvalidOperationException("The server returned without starting.");
        }

        Client = CreateClient();
        if (waitUntilReady)
        {
            // Throws when start-up failed (the server then stops on its own).
            WhenReady.WaitAsync(TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();
        }
    }

    /// <summary>Completes when the server's start-up work is done; faulted when it failed.</summary>
    public Task WhenReady => Services.GetRequiredService<ServerReadiness>().Startup;

    public HttpClient Client { get; }

    public Uri BaseAddress => Client.BaseAddress!;

    /// <summary>POSTs a GraphQL request (with a bearer token when given) and returns the whole response body as JSON.</summary>
    public async Task<JsonObject> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body)?.AsObject()
            ?? throw new InvalidOperationException($"Empty response ({(int)response.StatusCode}).");
    }

    /// <summary>Like <see cref="PostAsync"/>, but fails the test when the response carries errors.</summary>
    public async Task<JsonObject> QueryDataAsync(string query, object? variables = null, string? token = null)
    {
        var response = await PostAsync(query, variables, token);
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

        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }
}
