using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace OpenCity.Server.Hosting;

/// <summary>
/// Per-client rate limits (ASP.NET Core rate limiting): each client, known by its API key when it
/// sends one and else by its address, may send <see cref="OpenCityRateLimitOptions.PermitLimit"/>
/// requests per window. Past it: 429 with <c>Retry-After</c> and a GraphQL error (RATE_LIMITED)
/// that names the limit, so every GraphQL client can show it.
/// </summary>
public static class RateLimitingHostingExtensions
{
    /// <summary>The header that carries a client's API key; a client that sends one is counted by it.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    public const string PolicyName = "per-client";

    public static IServiceCollection AddOpenCityRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenCityRateLimitOptions>()
            .Bind(configuration.GetSection(OpenCityRateLimitOptions.SectionName))
            .Validate(o => o.PermitLimit > 0 && o.Window > TimeSpan.Zero, "OpenCity:RateLimiting needs a positive PermitLimit and Window.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<OpenCityRateLimitOptions>>((limiter, options) =>
        {
            var limits = options.Value;
            limiter.AddPolicy(PolicyName, context => limits.Enabled
                ? RateLimitPartition.GetFixedWindowLimiter(
                    ClientOf(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitLimit, Window = limits.Window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            limiter.OnRejected = (rejected, cancellationToken) => RejectAsync(rejected.HttpContext, rejected.Lease, limits, cancellationToken);
        });
        return services;
    }

    /// <summary>Counts requests; after CORS, so that preflights are not counted and refusals carry the CORS headers.</summary>
    public static WebApplication UseOpenCityRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static string ClientOf(HttpContext context) =>
        context.Request.Headers[ApiKeyHeader] is { Count: 1 } key && !string.IsNullOrEmpty(key[0])
            ? "key:" + key[0]
            : "address:" + context.Connection.RemoteIpAddress;

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, OpenCityRateLimitOptions limits, CancellationToken cancellationToken)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limits.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(
            response.Body,
            new
            {
                errors = new[]
                {
                    new
                    {
                        message = $"Too many requests: at most {limits.PermitLimit} every {limits.Window.TotalSeconds:0.###} seconds from one client. Try again in {seconds} seconds, or ask the city for an API key.",
                        extensions = new { code = "RATE_LIMITED", limit = limits.PermitLimit, windowSeconds = limits.Window.TotalSeconds, retryAfterSeconds = seconds },
                    },
                },
            },
            cancellationToken: cancellationToken);
    }
}
