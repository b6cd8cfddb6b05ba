using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenCity.Data;

namespace OpenCity.Server.Hosting;

/// <summary>
/// The database answers and has every migration this build knows (on either provider, through the
/// same context the queries use): an instance started with <c>MigrateOnStartup=false</c> stays out
/// of the load balancer until someone runs <c>migrate</c>.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<OpenCityDbContext> contextFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }

        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any()
            ? HealthCheckResult.Unhealthy("database not migrated")
            : HealthCheckResult.Healthy();
    }
}
