using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenCity.GraphQL.Transport.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (free port) hosting the transport over the test schema, wired
/// as a host would: AddGraphQL for the schema, AddOpenCityGraphQLTransport, MapOpenCityGraphQL.
/// </summary>
public sealed class TransportServer : IAsyncLifetime
{
    public const long MaxRequestBytes = 64 * 1024;

    public const string IdeDocument = "query Greeting { hello }";

    /// <summary>The shared server's limits, small so that tests pass them cheaply.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Limits = new Dictionary<string, string?>
    {
        ["OpenCity:GraphQL:Limits:MaxFields"] = "200",
        ["OpenCity:GraphQL:Limits:MaxAliases"] = "20",
        ["OpenCity:GraphQL:Limits:MaxErrors"] = "10",
        ["OpenCity:GraphQL:Limits:MaxNesting"] = "40",
        ["OpenCity:GraphQL:Limits:MaxResultBytes"] = "65536",
        ["OpenCity:GraphQL:Limits:Timeout"] = "00:00:02",
    };

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private WebApplication? _app;

    public TransportServer()
        : this(Limits)
    {
    }

    /// <param name="settings">Configuration on top of the defaults, e.g. other limits.</param>
    /// <param name="configureServices">Registrations after the transport's, e.g. a host's <see cref="Streaming.IStreamAuthenticator"/>.</param>
    internal TransportServer(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null)
    {
        _settings = settings;
        _configureServices = configureServices;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenCity:GraphQL:Http:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OpenCity:GraphQL:Ide:Title"] = "Transport tests",
            ["OpenCity:GraphQL:Ide:Document"] = IdeDocument,
        });
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Services.AddSingleton<TestSchema.WaitLog>();
        builder.Services.AddSingleton<TestSchema.TestEvents>();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<TestSchema.TestSchema>()
            .AddGraphTypes(typeof(TransportServer).Assembly)
            .AddValidationRule<TestSchema.CountingValidationRule>());
        builder.Services.AddOpenCityGraphQLTransport(builder.Configuration);
        _configureServices?.Invoke(builder.Services);

        _app = builder.Build();
        _app.MapOpenCityGraphQL("/graphql");
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
    }

    /// <summary>Stops the host as a shutdown would (ApplicationStopping, then Kestrel).</summary>
    public Task StopAsync() => _app!.StopAsync();

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
