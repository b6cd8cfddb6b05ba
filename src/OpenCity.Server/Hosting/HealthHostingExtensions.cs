using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace OpenCity.Server.Hosting;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: start-up work done, not stopping,
/// the database reachable, and Redis when <c>ConnectionStrings:Redis</c> is set. Both answer anyone,
/// with one word (Healthy or Unhealthy) and 200 or 503: no names, no connection strings, no exceptions.
/// </summary>
public static class HealthHostingExtensions
{
    public const string LivePath = "/health/live";

    public const string ReadyPath = "/health/ready";

    private const string ReadyTag = "ready";

    // A database that does not answer in this time is as good as down for a load balancer.
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddOpenCityHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<StartupHealthCheck>("startup", tags: [ReadyTag])
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag], timeout: CheckTimeout);
        if (configuration.HasRedis())
        {
            services.AddOpenCityRedis(configuration);
            checks.AddRedis(provider => provider.GetRequiredService<IConnectionMultiplexer>(), "redis", tags: [ReadyTag], timeout: CheckTimeout);
        }

        return services;
    }

    public static WebApplication MapOpenCityHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
