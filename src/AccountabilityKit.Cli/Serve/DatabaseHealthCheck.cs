using AccountabilityKit.Cli.Demo;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AccountabilityKit.Cli.Serve;

/// <summary>The health of the served database: healthy when the context can connect.</summary>
internal sealed class DatabaseHealthCheck(DemoDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connected = await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false);
        return connected ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy();
    }
}
