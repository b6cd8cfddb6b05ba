using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace OpenCity.Server.Hosting;

/// <summary>
/// CORS for the open-data API: one default policy for every endpoint the server maps, from
/// <see cref="OpenCityCorsOptions"/>. By default any origin may read, without credentials.
/// </summary>
public static class CorsHostingExtensions
{
    public static IServiceCollection AddOpenCityCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenCityCorsOptions>()
            .Bind(configuration.GetSection(OpenCityCorsOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpenCityCorsOptions>, OpenCityCorsOptionsValidator>();
        services.AddCors();
        services.AddOptions<CorsOptions>()
            .Configure<IOptions<OpenCityCorsOptions>>((cors, options) => cors.AddDefaultPolicy(policy => Configure(policy, options.Value)));
        return services;
    }

    /// <summary>
    /// Answers preflights and adds the CORS headers. First in the pipeline, so that preflights are answered
    /// before rate limits or authentication count or refuse them, and so that their refusals (429, 401,
    /// 503) carry the headers a browser needs to let the page read them.
    /// </summary>
    public static WebApplication UseOpenCityCors(this WebApplication app)
    {
        app.UseCors();
        return app;
    }

    private static void Configure(CorsPolicyBuilder policy, OpenCityCorsOptions options)
    {
        policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders(HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.Authorization, RateLimitingHostingExtensions.ApiKeyHeader)
            .WithExposedHeaders(HeaderNames.RetryAfter)
            .SetPreflightMaxAge(TimeSpan.FromSeconds(options.MaxAgeSeconds));
        if (options.AllowedOrigins.Count == 0)
        {
            policy.AllowAnyOrigin(); // "*": the CORS protocol then withholds credentials, whatever is asked.
            return;
        }

        policy.WithOrigins([.. options.AllowedOrigins]);
        if (options.AllowCredentials)
        {
            policy.AllowCredentials();
        }
    }
}
