using System.Globalization;
using System.Threading.RateLimiting;
using AccountabilityKit.AspNetCore.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AccountabilityKit.AspNetCore.Http;

/// <summary>A fixed window per client address; a refused request is a 429 problem with <c>Retry-After</c>.</summary>
internal sealed class KitRateLimiterPolicy(IOptions<AccountabilityKitHttpOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = static async (rejected, _) =>
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry)
            ? Math.Max(1, (long)Math.Ceiling(retry.TotalSeconds))
            : 1;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await KitProblems.WriteAsync(
            context,
            StatusCodes.Status429TooManyRequests,
            KitProblems.RateLimitedType,
            HttpIssueCodes.RateLimited,
            Catalog.Of(nameof(Messages.ProblemRateLimitedTitle)),
            Catalog.Of(nameof(Messages.ProblemRateLimitedDetail), ("seconds", seconds))).ConfigureAwait(false);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var settings = options.Value;
        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? string.Empty;
        if (settings.RateLimitPermitLimit == 0)
        {
            return RateLimitPartition.GetNoLimiter(client);
        }

        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.RateLimitPermitLimit,
            Window = settings.RateLimitWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
