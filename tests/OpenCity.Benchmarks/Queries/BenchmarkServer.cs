using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenCity.Data;
using OpenCity.Data.Seeding;
using OpenCity.Server.Hosting;
using OpenCity.Server.Schema;

namespace OpenCity.Benchmarks.Queries;

/// <summary>
/// The real server (the composition Program.cs uses) on Kestrel at a free loopback port, over a
/// PostGIS database that holds the medium city. The database is kept between runs: seeding
/// is not what these benchmarks measure.
/// </summary>
public sealed class BenchmarkServer : IAsyncDisposable
{
    /// <summary>Any count in this range is taken for the medium city (about 104,000 components).</summary>
    private const long MinimumMediumComponents = 50_000;
    private const long MaximumMediumComponents = 500_000;

    private readonly WebApplication _app;

    private BenchmarkServer(WebApplication app, Uri address, string connectionString)
    {
        _app = app;
        Address = address;
        ConnectionString = connectionString;
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

    public string ConnectionString { get; }

    /// <summary>The connection string of <paramref name="database"/> on the benchmark PostgreSQL server.</summary>
    public static string ConnectionStringFor(string database)
    {
        var server = Environment.GetEnvironmentVariable("OPENCITY_BENCH_POSTGRES") is { Length: > 0 } configured
            ? configured
            : BenchmarkDatabases.DefaultPostgresServer;
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }

    /// <param name="database">The database holding (or to be seeded with) the medium city.</param>
    /// <param name="mapBaselines">Endpoints to serve beside the server's own, e.g. hand-written baselines.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<BenchmarkServer> StartAsync(string database, Action<WebApplication>? mapBaselines, CancellationToken cancellationToken)
    {
        var connectionString = ConnectionStringFor(database);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenCity:Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
            ["OpenCity:Database:SeedOnStartup"] = "true",
            ["OpenCity:Database:SeedSize"] = nameof(CitySize.Medium),
            ["ConnectionStrings:OpenCity"] = connectionString,
            ["Urls"] = "http://127.0.0.1:0",
        });
        builder.AddOpenCity();
        var app = builder.Build();
        app.MapOpenCity();
        mapBaselines?.Invoke(app);

        // Seeds an empty database; one left with another city (or half a city) is seeded afresh.
        await app.InitializeOpenCityAsync(cancellationToken);
        if (await CountComponentsAsync(connectionString, cancellationToken) is < MinimumMediumComponents or > MaximumMediumComponents)
        {
            await app.Services.GetRequiredService<DatabaseInitializer>().SeedAsync(CitySize.Medium, progress: null, cancellationToken);
        }

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BenchmarkServer(app, new Uri(address), connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private static async Task<long> CountComponentsAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM components", connection);
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }
}
