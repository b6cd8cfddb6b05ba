using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenCity.GraphQL.Data;
using OpenCity.GraphQL.Data.Relay;
using OpenCity.Server.Components;
using OpenCity.Server.Datasets;
using OpenCity.Server.Departments;
using OpenCity.Server.ServiceRequests;
using OpenCity.Server.Statistics;
using OpenCity.Server.Units;

namespace OpenCity.Server.Schema;

/// <summary>Registers the OpenCity GraphQL schema: its types, root fields and DataLoaders.</summary>
public static class SchemaServiceCollectionExtensions
{
    public static IServiceCollection AddOpenCitySchema(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOpenCityGraphQLData(configuration);

        services.AddSingleton<CityLoaders>();
        AddLoaders<UnitLoaders>(services);
        AddLoaders<ComponentLoaders>(services);
        AddLoaders<DepartmentLoaders>(services);
        AddLoaders<StatisticsLoaders>(services);
        AddLoaders<ServiceRequestLoaders>(services);

        services.AddSingleton<IQueryFields, UnitQueries>();
        services.AddSingleton<IQueryFields, ComponentQueries>();
        services.AddSingleton<NearestComponents>();
        services.AddSingleton<IQueryFields, DepartmentQueries>();
        services.AddSingleton<IQueryFields, StatisticsQueries>();
        services.AddSingleton<IQueryFields, DatasetQueries>();
        services.AddSingleton<IQueryFields, ServiceRequestQueries>();
        services.AddOptions<Aggregation.AggregationOptions>()
            .Bind(configuration.GetSection(Aggregation.AggregationOptions.SectionName))
            .Validate(o => o.MaxGroups > 0, "OpenCity:Aggregation:MaxGroups must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IQueryFields, Aggregation.AggregationQueries>();
        services.AddSingleton<IQueryFields, NodeQueryFields>();
        services.AddSingleton<IQueryFields, Auth.ViewerQueries>();
        services.AddSingleton<IQueryFields, Auditing.AuditQueries>();

        services.AddSingleton<Auth.CityPolicy>();
        services.AddSingleton<Subscriptions.CityEventStreams>();
        services.AddSingleton<Events.OutboxSignal>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Writes.CityWriter>();
        services.AddSingleton<IMutationFields, ComponentMutations>();
        services.AddSingleton<IMutationFields, StatisticsMutations>();
        services.AddSingleton<IMutationFields, ComponentLinkMutations>();
        services.AddOptions<Telemetry.ReadingWriteOptions>()
            .Bind(configuration.GetSection(Telemetry.ReadingWriteOptions.SectionName))
            .Validate(o => o.MaxReadingsPerBatch > 0, "OpenCity:Writes:MaxReadingsPerBatch must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IMutationFields, Telemetry.ReadingMutations>();
        services.AddOpenCityServiceRequests(configuration);

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<OpenCitySchema>()
            .ConfigureExecution<Auth.VisibilityExecution>()
            .AddGraphTypes(typeof(OpenCitySchema).Assembly));
        return services;
    }

    private static void AddLoaders<T>(IServiceCollection services)
        where T : class, INodeSource
    {
        services.AddSingleton<T>();
        services.AddSingleton<INodeSource>(sp => sp.GetRequiredService<T>());
    }
}
