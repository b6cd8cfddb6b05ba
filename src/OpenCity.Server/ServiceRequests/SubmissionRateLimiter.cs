using System.Globalization;
using System.Threading.RateLimiting;
using GraphQL;
using Microsoft.Extensions.Options;
using OpenCity.Server.Hosting;

namespace OpenCity.Server.ServiceRequests;

/// <summary>
/// Counts anonymous reports per client address (the address the per-client request limit keys on),
/// <see cref="ServiceRequestOptions.SubmissionsPerMinute"/> a minute; off when per-client limits are
/// switched off (<see cref="OpenCityRateLimitOptions.Enabled"/>).
/// </summary>
public sealed class SubmissionRateLimiter : IDisposable
{
    public const string RateLimitedCode = "RATE_LIMITED";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly bool _enabled;
    private readonly int _perMinute;

    public SubmissionRateLimiter(IOptions<ServiceRequestOptions> options, IOptions<OpenCityRateLimitOptions> clientLimits)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clientLimits);
        _enabled = clientLimits.Value.Enabled;
        _perMinute = options.Value.SubmissionsPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(
            client,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = _perMinute, Window = Window, QueueLimit = 0 }));
    }

    /// <summary>Counts one report of the client at <paramref name="context"/>; the refusal to throw when it is over its limit.</summary>
    public ExecutionError? Count(HttpContext? context)
    {
        if (!_enabled)
        {
            return null;
        }

        var client = context is null ? "unknown" : RateLimitingHostingExtensions.AddressOf(context);
        using var lease = _limiter.AttemptAcquire(client);
        if (lease.IsAcquired)
        {
            return null;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var error = new ExecutionError(string.Create(
            CultureInfo.InvariantCulture,
            $"Too many reports: at most {_perMinute} a minute from one address. Try again in {seconds} seconds."))
        {
            Code = RateLimitedCode,
        };
        error.AddExtension("limit", _perMinute);
        error.AddExtension("windowSeconds", Window.TotalSeconds);
        error.AddExtension("retryAfterSeconds", seconds);
        return error;
    }

    public void Dispose() => _limiter.Dispose();
}
