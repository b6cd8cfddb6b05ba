using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace OpenCity.Server.Hosting;

/// <summary>The one Redis connection of the process, when <c>ConnectionStrings:Redis</c> is set: the health check and the event relay share it.</summary>
public static class RedisHostingExtensions
{
    public static bool HasRedis(this IConfiguration configuration) =>
        configuration.GetConnectionString("Redis") is { Length: > 0 };

    public static IServiceCollection AddOpenCityRedis(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetConnectionString("Redis") is not { Length: > 0 } connectionString)
        {
            return services;
        }

        services.TryAddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(connectionString);

            // Redis is optional for one instance: start without it, reconnect on its own, and fail a
            // command at once while it is away rather than queue it.
            options.AbortOnConnectFail = false;
            options.BacklogPolicy = BacklogPolicy.FailFast;
            return ConnectionMultiplexer.Connect(options);
        });
        return services;
    }
}
