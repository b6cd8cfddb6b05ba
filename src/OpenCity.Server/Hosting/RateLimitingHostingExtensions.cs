using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace OpenCity.Server.Hosting;

/// <summary>
/// Per-client rate limits (ASP.NET Core rate limiting): each client, known by its API key when it
/// sends one the city issued (<see cref="OpenCityRateLimitOptions.ApiKeys"/>) and else by its
/// address (an IPv6 client by its /64 network, which one subscriber usually holds whole), may send
/// <see cref="OpenCityRateLimitOptions.PermitLimit"/> requests per window. Past it: 429 with <c>Retry-After</c> and a GraphQL error (RATE_LIMITED)
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
            .Validate(o => o.PermitLimit > 0 && o.ApiKeyPermitLimit > 0 && o.Window > TimeSpan.Zero, "OpenCity:RateLimiting needs a positive PermitLimit, ApiKeyPermitLimit and Window.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<OpenCityRateLimitOptions>>((limiter, options) =>
        {
            var limits = options.Value;
            var keys = limits.ApiKeys.ToHashSet(StringComparer.Ordinal);
            limiter.AddPolicy(PolicyName, context =>
            {
                if (!limits.Enabled)
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var (client, permits) = context.Request.Headers[ApiKeyHeader] is { Count: 1 } key && keys.Contains(key[0]!)
                    ? ("key:" + key[0], limits.ApiKeyPermitLimit)
                    : ("address:" + AddressOf(context), limits.PermitLimit);
                return RateLimitPartition.GetFixedWindowLimiter(
                    client,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = limits.Window, QueueLimit = 0 });
            });
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

    /// <summary>The client's address; for IPv6 its /64 network, since one subscriber holds a whole /64. Citizens' reports are counted by it too.</summary>
    internal static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6, IsIPv4MappedToIPv6: false } v6 =>
            Convert.ToHexString(v6.GetAddressBytes().AsSpan(0, 8)) + "/64",
        { } address => address.MapToIPv4().ToString(),
        null => "unknown",
    };

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
                        message = $"Too many requests: at most {limits.PermitLimit} every {limits.Window.TotalSeconds:0.###} seconds from one client. Try again in {seconds} seconds; dashboards that need more can ask the city for an API key.",
                        extensions = new { code = "RATE_LIMITED", limit = limits.PermitLimit, windowSeconds = limits.Window.TotalSeconds, retryAfterSeconds = seconds },
                    },
                },
            },
            cancellationToken: cancellationToken);
    }
}
