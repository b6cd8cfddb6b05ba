using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Data.Cost;
using OpenCity.GraphQL.Data.DataLoading;
using OpenCity.GraphQL.Data.Limits;
using OpenCity.GraphQL.Data.Paging;
using OpenCity.GraphQL.Data.Relay;
using OpenCity.GraphQL.Data.Spatial;

namespace OpenCity.GraphQL.Data;

/// <summary>Registers the generic GraphQL data layer: paging, filtering, sorting, connections, global ids, its scalars and the cost analysis.</summary>
public static class GraphQLDataServiceCollectionExtensions
{
    public static IServiceCollection AddOpenCityGraphQLData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PagingOptions>().Bind(configuration.GetSection(PagingOptions.SectionName))
            .Validate(o => o.DefaultPageSize > 0 && o.MaxPageSize >= o.DefaultPageSize, "OpenCity:Paging needs 0 < DefaultPageSize <= MaxPageSize.")
            .Validate(o => o.CursorSecret.Length is 0 or >= 32, "OpenCity:Paging:CursorSecret must be empty (a random key per process) or at least 32 characters.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PagingOptions>>().Value);
        services.AddOptions<GeoJsonOptions>().Bind(configuration.GetSection(GeoJsonOptions.SectionName))
            .Validate(o => o.MaxVertices > 0, "OpenCity:GeoJson:MaxVertices must be positive.")
            .ValidateOnStart();
        services.AddOptions<QueryCostOptions>().Bind(configuration.GetSection(QueryCostOptions.SectionName))
            .Validate(o => o is { MaxCost: > 0, MaxResultSize: > 0, MaxDepth: > 0, DefaultListSize: >= 0 }, "OpenCity:GraphQL:Cost: the limits must be positive.")
            .ValidateOnStart();
        services.AddOptions<InputLimitsOptions>().Bind(configuration.GetSection(InputLimitsOptions.SectionName))
            .Validate(
                o => o is { MaxFilterConditions: > 0, MaxFilterDepth: > 0, MaxFilterBranches: > 0, MaxListValues: > 0, MaxTextLength: > 0, MaxBufferedPositions: >= 0, MaxSortKeys: > 0, MaxJsonLength: > 0 },
                "OpenCity:GraphQL:Input: the caps must be positive (MaxBufferedPositions may be 0: no buffers).")
            .ValidateOnStart();
        services.AddGraphQL(graphQL => graphQL
            .AddValidationRule<QueryCostValidationRule>(useForCachedDocuments: true)
            .AddValidationRule<InputLimitsValidationRule>(useForCachedDocuments: true)
            .ConfigureExecution<QueryCostReporting>());
        services.AddSingleton(typeof(KeysetPager<>));
        services.AddSingleton(typeof(BatchedKeysetPager<>));
        services.AddSingleton<NodeFieldResolver>();
        services.AddScoped<DataLoaderScope>();

        // Every graph type of this layer — connections, filter and sort inputs, scalars — so the
        // schema can resolve them, generic ones for any argument.
        foreach (var type in typeof(GraphQLDataServiceCollectionExtensions).Assembly.GetTypes()
            .Where(t => typeof(IGraphType).IsAssignableFrom(t) && t is { IsAbstract: false, IsPublic: true }))
        {
            services.AddTransient(type);
        }

        return services;
    }
}
