using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Execution;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OpenCity.Server.Hosting;

/// <summary>
/// OpenTelemetry: traces from the HTTP request through the GraphQL operation to each SQL statement;
/// metrics of HTTP, GraphQL operations, SQL statements per request and Npgsql's connection pool;
/// logs that carry the trace id. Exported to an OTLP collector when
/// <see cref="OpenCityTelemetryOptions.OtlpEndpoint"/> is set, and served to Prometheus at
/// <c>/metrics</c> unless <see cref="OpenCityTelemetryOptions.Prometheus"/> is false.
/// </summary>
public static class TelemetryHostingExtensions
{
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddOpenCityTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OpenCityTelemetryOptions>()
            .BindConfiguration(OpenCityTelemetryOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ServiceName), "OpenCity:Telemetry:ServiceName must not be empty.")
            .ValidateOnStart();

        // Read now: the exporters decide which services exist.
        var options = builder.Configuration.GetSection(OpenCityTelemetryOptions.SectionName).Get<OpenCityTelemetryOptions>() ?? new OpenCityTelemetryOptions();

        // Every log line written during a request carries its trace and span ids (in scopes, and in OTLP logs).
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        builder.Services.AddSingleton<SqlStatementsPerRequest>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<SqlStatementsPerRequest>());

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(http => http.Filter = context => !IsOperational(context.Request.Path))
                .AddSource(GraphQLInstrumentation.Name)
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(GraphQLInstrumentation.Name, SqlStatementsPerRequest.MeterName, "Npgsql"));
        if (options.OtlpEndpoint is { } endpoint)
        {
            telemetry.UseOtlpExporter(OtlpExportProtocol.Grpc, endpoint);
        }

        if (options.Prometheus)
        {
            // Scrapes read the current values: a cached answer would hide what just happened.
            telemetry.WithMetrics(metrics => metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        }

        return builder;
    }

    /// <summary>Counts SQL statements per request, and serves <c>/metrics</c> when Prometheus is on.</summary>
    public static WebApplication MapOpenCityTelemetry(this WebApplication app)
    {
        app.Use(app.Services.GetRequiredService<SqlStatementsPerRequest>().InvokeAsync);
        if (app.Services.GetRequiredService<IOptions<OpenCityTelemetryOptions>>().Value.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath);
        }

        return app;
    }

    // Health probes and scrapes every few seconds would drown the traces that matter.
    private static bool IsOperational(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments(MetricsPath);
}
