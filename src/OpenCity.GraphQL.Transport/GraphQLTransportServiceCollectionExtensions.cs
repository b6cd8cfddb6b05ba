using GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Availability;
using OpenCity.GraphQL.Transport.Execution;
using OpenCity.GraphQL.Transport.Http;
using OpenCity.GraphQL.Transport.Ide;
using OpenCity.GraphQL.Transport.Limits;
using OpenCity.GraphQL.Transport.Sse;
using OpenCity.GraphQL.Transport.Streaming;

// In the DI namespace so Program.cs finds it without an extra using.
namespace Microsoft.Extensions.DependencyInjection;

public static class GraphQLTransportServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL-over-HTTP transport and the IDE: options (<c>OpenCity:GraphQL:Http</c>,
    /// <c>OpenCity:GraphQL:Execution</c>, <c>OpenCity:GraphQL:Limits</c>, <c>OpenCity:GraphQL:Streaming</c>, <c>OpenCity:GraphQL:Ide</c>),
    /// the System.Text.Json serializer, the document cache, the request limits, error shaping, readiness and the operations' traces and metrics. The schema is registered by the host
    /// (<c>services.AddGraphQL(b => b.AddSchema&lt;TSchema&gt;())</c>); the transport serves whatever
    /// <see cref="global::GraphQL.Types.ISchema"/> that is.
    /// </summary>
    public static IServiceCollection AddOpenCityGraphQLTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLHttpOptions>()
            .Bind(configuration.GetSection(GraphQLHttpOptions.SectionName))
            .Validate(options => options.MaxRequestBytes > 0, "OpenCity:GraphQL:Http:MaxRequestBytes must be positive.")
            .ValidateOnStart();
        services.AddOptions<GraphQLExecutionOptions>()
            .Bind(configuration.GetSection(GraphQLExecutionOptions.SectionName))
            .Validate(
                options => options.DocumentCacheSize >= 0 && options.MaxCachedDocumentLength >= 0,
                "OpenCity:GraphQL:Execution:DocumentCacheSize and MaxCachedDocumentLength must not be negative.")
            .ValidateOnStart();
        services.AddOptions<GraphQLLimitsOptions>()
            .Bind(configuration.GetSection(GraphQLLimitsOptions.SectionName))
            .Validate(
                options => options is { MaxNesting: > 0, MaxFields: > 0, MaxAliases: >= 0, MaxFragments: >= 0, MaxNodes: > 0, MaxErrors: > 0, MaxResultBytes: > 0, MaxConcurrentRequests: > 0, MaxQueuedRequests: >= 0, MaxParallelResolvers: > 0 }
                    && options.Timeout > TimeSpan.Zero && options.QueueTimeout >= TimeSpan.Zero,
                "OpenCity:GraphQL:Limits: every limit must be positive (MaxAliases, MaxFragments, MaxQueuedRequests and QueueTimeout may be 0).")
            .ValidateOnStart();
        services.AddOptions<GraphQLTelemetryOptions>()
            .Bind(configuration.GetSection(GraphQLTelemetryOptions.SectionName))
            .Validate(options => options.SlowRequestThreshold > TimeSpan.Zero, "OpenCity:Telemetry:SlowRequestThreshold must be positive.")
            .ValidateOnStart();
        services.AddOptions<GraphQLStreamingOptions>()
            .Bind(configuration.GetSection(GraphQLStreamingOptions.SectionName))
            .Validate(
                options => options is { MaxMessageBytes: > 0, MaxQueuedMessages: > 0, MaxDroppedMessages: >= 0, MaxSubscriptionsPerConnection: > 0, MaxSubscriptionsPerClient: > 0 }
                    && options.ConnectionInitTimeout > TimeSpan.Zero && options.KeepAliveInterval >= TimeSpan.Zero,
                "OpenCity:GraphQL:Streaming: every limit must be positive (MaxDroppedMessages and KeepAliveInterval may be 0).")
            .ValidateOnStart();
        services.AddOptions<BananaCakePopOptions>()
            .Bind(configuration.GetSection(BananaCakePopOptions.SectionName));

        services.AddSingleton<BananaCakePopAssets>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<ServerReadiness>();
        services.AddSingleton<GraphQLInstrumentation>();
        services.TryAddSingleton<IStreamAuthenticator, RequestStreamAuthenticator>();
        services.AddSingleton<ClientSubscriptionLimiter>();
        services.AddSingleton<StreamOperationExecutor>();
        services.AddSingleton<GraphQLSseHandler>();
        services.AddGraphQL(graphQL => graphQL
            .AddSystemTextJson()
            .AddErrorInfoProvider(provider => new TransportErrorInfoProvider(
                provider.GetRequiredService<IOptions<GraphQLExecutionOptions>>().Value.ExposeExceptionDetails))
            .AddValidationRule<IntrospectionTypeNameValidationRule>(useForCachedDocuments: true)
            .ConfigureExecution<OperationTelemetry>()
            .ConfigureExecution<ErrorListLimit>()
            .ConfigureExecution<ExecutionAdmission>()
            .ConfigureExecution<ExecutionTimeout>()
            .ConfigureExecution<UnhandledExceptionConfiguration>()
            .ConfigureExecution(provider => provider.GetRequiredService<DocumentCache>())
            .ConfigureExecution<DocumentParsing>());
        return services;
    }
}
