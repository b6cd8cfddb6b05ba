using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenCity.GraphQL.Transport.Availability;

namespace OpenCity.Server.Hosting;

/// <summary>Ready once the start-up work (migrations, seeding) is done, and no longer once the server is stopping.</summary>
public sealed class StartupHealthCheck(ServerReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy(readiness.IsStopping ? "stopping" : "starting"));
}
