using OpenCity.Data;
using OpenCity.GraphQL.Data.Filtering.Folding;
using OpenCity.GraphQL.Data.Paging.RowValues;
using OpenCity.Server.Auth;
using OpenCity.Server.Events;
using OpenCity.Server.Import;
using OpenCity.Server.Ingestion;
using OpenCity.Server.Schema;

namespace OpenCity.Server.Hosting;

/// <summary>The server's composition: what Program.cs calls, in the order it calls it.</summary>
public static class OpenCityHostingExtensions
{
    public static WebApplicationBuilder AddOpenCity(this WebApplicationBuilder builder)
    {
        // Both providers compare SQL row values, so keyset pages seek through indexes, and fold
        // case with one SQL call, which PostgreSQL serves from the case-folded indexes.
        builder.AddOpenCityData(context => context.UseRowValueComparisons().UseCaseFolding());
        builder.Services.AddOpenCitySchema(builder.Configuration);
        builder.Services.AddOpenCityEvents(builder.Configuration);
        builder.Services.AddOpenCityGraphQLTransport(builder.Configuration);
        builder.Services.AddOpenCityCors(builder.Configuration);
        builder.Services.AddOpenCityAuthentication(builder.Configuration);
        builder.Services.AddOpenCityRateLimiting(builder.Configuration);
        builder.Services.AddSingleton<GeoJsonImporter>();
        builder.Services.AddOpenCityIngestion(builder.Configuration);
        builder.Services.AddOpenCityHealthChecks(builder.Configuration);
        builder.Services.AddOpenCityLifecycle(builder.Configuration);
        builder.AddOpenCityTelemetry();
        builder.Services.AddOpenCityProductionChecks();
        return builder;
    }

    public static WebApplication MapOpenCity(this WebApplication app)
    {
        app.MapOpenCityHealthChecks();
        app.MapOpenCityTelemetry();
        app.UseOpenCityCors();
        app.UseOpenCityAuthentication();
        app.UseOpenCityRateLimiting();
        app.MapOpenCityGraphQL("/graphql").RequireRateLimiting(RateLimitingHostingExtensions.PolicyName);
        app.MapOpenCityIngestion();
        app.MapGet("/", () => Results.Redirect("/graphql/")).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Makes the database ready: applies pending migrations (<c>OpenCity:Database:MigrateOnStartup</c>) and seeds
    /// an empty database with the demo city when <c>OpenCity:Database:SeedOnStartup</c> says so (by default on SQLite only).
    /// </summary>
    public static Task InitializeOpenCityAsync(this WebApplication app, CancellationToken cancellationToken) =>
        app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
}
