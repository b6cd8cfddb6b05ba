using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenCity.Data;
using OpenCity.Server.Hosting;
using OpenCity.Server.Schema;

namespace OpenCity.Benchmarks.Queries;

/// <summary>
/// The real server (the composition Program.cs uses) on Kestrel at a free loopback port, over a
/// <see cref="BenchmarkCity"/>, which is seeded when it does not hold a city of its size yet.
/// </summary>
public sealed class BenchmarkServer : IAsyncDisposable
{
    /// <summary>The key the benchmark server's tokens are signed with (<c>TokenIssuer</c> from its services mints them).</summary>
    public const string SigningKey = "benchmark-signing-key-not-for-any-real-server-4f9Q7w";

    private readonly WebApplication _app;

    private BenchmarkServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Executes a query in process, without HTTP, as the transport would; fails on any GraphQL error.</summary>
    public async Task<object?> ExecuteInProcessAsync(string query)
    {
        using var scope = _app.Services.CreateScope();
        var result = await _app.Services.GetRequiredService<IDocumentExecuter<OpenCitySchema>>()
            .ExecuteAsync(new ExecutionOptions { Query = query, RequestServices = scope.ServiceProvider });
        return result.Errors is { Count: > 0 } errors ? throw new InvalidOperationException(errors[0].Message) : result.Data;
    }

    /// <param name="city">The database holding (or to be seeded with) the city.</param>
    /// <param name="mapBaselines">Endpoints to serve beside the server's own, e.g. hand-written baselines.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <param name="configureServices">Changes to the server's services, made after its own: e.g. a "before" to measure against.</param>
    /// <param name="settings">Configuration beside the database's, e.g. a signing key.</param>
    public static async Task<BenchmarkServer> StartAsync(
        BenchmarkCity city,
        Action<WebApplication>? mapBaselines,
        CancellationToken cancellationToken,
        Action<IServiceCollection>? configureServices = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(city);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = city.Provider.ToString(),
            ["OpenCity:Database:SeedOnStartup"] = "true",
            ["OpenCity:Database:SeedSize"] = city.Size.ToString(),
            ["ConnectionStrings:OpenCity"] = city.ConnectionString,
            ["Urls"] = "http://127.0.0.1:0",

            // Production refuses to start without its secrets; these are the benchmarks' own.
            ["OpenCity:Paging:CursorSecret"] = "benchmark-cursor-secret-not-for-any-real-server-8Kd2Lq",
            ["OpenCity:Auth:SigningKey"] = SigningKey,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddOpenCity();
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapOpenCity();
        mapBaselines?.Invoke(app);

        // Seeds an empty database; one left with another city (or half a city) is seeded afresh.
        await app.InitializeOpenCityAsync(cancellationToken);
        if (!city.Holds(await CountComponentsAsync(app.Services, cancellationToken)))
        {
            await app.Services.GetRequiredService<DatabaseInitializer>().SeedAsync(city.Size, progress: null, cancellationToken);
        }

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BenchmarkServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private static async Task<long> CountComponentsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync(cancellationToken);
        return await context.Components.LongCountAsync(cancellationToken);
    }
}
