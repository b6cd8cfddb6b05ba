using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenCity.Server.Hosting;

namespace OpenCity.Server.Events;

/// <summary>Registers the event stream: the bus, the outbox dispatcher and, with Redis configured, the relay between instances.</summary>
public static class EventsServiceCollectionExtensions
{
    public static IServiceCollection AddOpenCityEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CityEventOptions>().BindConfiguration(CityEventOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CityEventOptions>, CityEventOptionsValidator>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CityEventMetrics>();
        services.AddSingleton<CityEventBus>();
        if (configuration.HasRedis())
        {
            services.AddOpenCityRedis(configuration);
            services.AddSingleton<OutboxReplay>();
            services.AddSingleton<RedisEventRelay>();
            services.AddHostedService(provider => provider.GetRequiredService<RedisEventRelay>());
        }

        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
