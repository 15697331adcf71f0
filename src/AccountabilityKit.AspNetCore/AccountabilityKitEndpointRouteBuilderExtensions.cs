using AccountabilityKit.AspNetCore.Computation;
using AccountabilityKit.AspNetCore.Http;
using AccountabilityKit.AspNetCore.Stored;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.AspNetCore;

/// <summary>
/// Maps the kit's endpoints into a host's ASP.NET Core app, the way health checks are mapped:
/// <c>app.MapAccountabilityKit()</c> for the stateless computation endpoints only, or
/// <c>app.MapAccountabilityKit&lt;TContext&gt;()</c> for those and the stored-data endpoints over the host's
/// <see cref="DbContext"/> (one that applies <c>ApplyAccountabilityKit</c>), restricted to the caller's org-unit subtree.
/// Register the services first with <c>services.AddAccountabilityKitHttp()</c>.
/// </summary>
public static class AccountabilityKitEndpointRouteBuilderExtensions
{
    /// <summary>The route prefix used when none is given.</summary>
    public const string DefaultPrefix = "/akit/v1";

    /// <summary>Maps the stateless computation endpoints (checks, scores, accountability rules, statistics over posted facts, exports) under <paramref name="prefix"/>.</summary>
    /// <param name="endpoints">The host's endpoint route builder (usually the <c>WebApplication</c>).</param>
    /// <param name="prefix">The route prefix; <see cref="DefaultPrefix"/> when omitted.</param>
    /// <returns>The route group, so that the host can add its own conventions (authorization policies, CORS, tags).</returns>
    /// <remarks>Every endpoint of the group answers failures as problems (<c>KitProblems</c>), carries the kit's rate-limiter and request-timeout policies, and reads its body within <see cref="AccountabilityKitHttpOptions.MaxRequestBodyBytes"/>.</remarks>
    public static RouteGroupBuilder MapAccountabilityKit(this IEndpointRouteBuilder endpoints, string prefix = DefaultPrefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var group = endpoints.MapGroup(prefix);
        group.AddEndpointFilter<KitEndpointFilter>()
            .WithMetadata(UnlimitedBodySize.Instance)
            .RequireRateLimiting(AccountabilityKitHttpOptions.RateLimiterPolicyName)
            .WithRequestTimeout(AccountabilityKitHttpOptions.RequestTimeoutPolicyName);
        ComputationEndpoints.Map(group);
        return group;
    }

    /// <summary>
    /// Maps the computation endpoints and the stored-data endpoints over <typeparamref name="TContext"/> under <paramref name="prefix"/>.
    /// Every stored-data endpoint requires an authenticated caller whose org-unit claim names a unit of the stored tree.
    /// </summary>
    /// <typeparam name="TContext">The host's context, registered in DI, whose model applies <c>ApplyAccountabilityKit</c>.</typeparam>
    /// <param name="endpoints">The host's endpoint route builder (usually the <c>WebApplication</c>).</param>
    /// <param name="prefix">The route prefix; <see cref="DefaultPrefix"/> when omitted.</param>
    /// <returns>The route group, so that the host can add its own conventions.</returns>
    public static RouteGroupBuilder MapAccountabilityKit<TContext>(this IEndpointRouteBuilder endpoints, string prefix = DefaultPrefix)
        where TContext : DbContext
    {
        var group = endpoints.MapAccountabilityKit(prefix);
        StoredDataEndpoints.Map<TContext>(group);
        return group;
    }
}
