using OpenCity.Server.Schema;

namespace OpenCity.Server.ServiceRequests;

/// <summary>Registers how citizens' reports are taken in and worked: settings, routing, intake, the submission limit and the mutations.</summary>
public static class ServiceRequestServiceCollectionExtensions
{
    public static IServiceCollection AddOpenCityServiceRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServiceRequestOptions>()
            .Bind(configuration.GetSection(ServiceRequestOptions.SectionName))
            .Validate(o => o.IsValid, ServiceRequestOptions.Requirements)
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<ServiceRequestRouter>();
        services.AddSingleton<ServiceRequestIntake>();
        services.AddSingleton<SubmissionRateLimiter>();
        services.AddSingleton<IMutationFields, ServiceRequestMutations>();
        return services;
    }
}
