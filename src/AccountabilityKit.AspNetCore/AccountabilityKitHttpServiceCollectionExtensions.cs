using System.Threading.RateLimiting;
using AccountabilityKit.AspNetCore.Contracts;
using AccountabilityKit.AspNetCore.Http;
using AccountabilityKit.AspNetCore.Problems;
using AccountabilityKit.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace AccountabilityKit.AspNetCore;

/// <summary>Registers what the kit's endpoints need: options, problem details, JSON contracts, limits.</summary>
public static class AccountabilityKitHttpServiceCollectionExtensions
{
    /// <summary>
    /// Registers the services of the kit's HTTP endpoints; call before <c>MapAccountabilityKit</c>: the options, problem
    /// details, the minimal-API JSON options set to the kit's strict reading (camelCase, no unknown properties, no
    /// duplicate keys, no nulls where not nullable, the configured depth) with the contracts' metadata, the request-timeout
    /// policy <see cref="AccountabilityKitHttpOptions.RequestTimeoutPolicyName"/> (408 problem) and the rate-limiter
    /// policy <see cref="AccountabilityKitHttpOptions.RateLimiterPolicyName"/> (429 problem with <c>Retry-After</c>).
    /// The host adds the two middlewares with <c>app.UseAccountabilityKit()</c>.
    /// </summary>
    /// <param name="services">The host's service collection.</param>
    /// <param name="configure">Sets options in code (after configuration binding).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddAccountabilityKitHttp(this IServiceCollection services, Action<AccountabilityKitHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<AccountabilityKitHttpOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.Validate(static o => o.MaxRequestBodyBytes > 0 && o.MaxJsonDepth is >= 1 and <= 1000 && o.RateLimitPermitLimit >= 0 && o.RateLimitWindow > TimeSpan.Zero && (o.RequestTimeout is null || o.RequestTimeout > TimeSpan.Zero));

        services.AddProblemDetails();
        services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>().Configure<IOptions<AccountabilityKitHttpOptions>>(static (json, kit) =>
        {
            var options = json.SerializerOptions;
            var strict = AccountabilityKitJson.Options;
            options.PropertyNamingPolicy = strict.PropertyNamingPolicy;
            options.UnmappedMemberHandling = strict.UnmappedMemberHandling;
            options.RespectNullableAnnotations = strict.RespectNullableAnnotations;
            options.RespectRequiredConstructorParameters = strict.RespectRequiredConstructorParameters;
            options.AllowDuplicateProperties = strict.AllowDuplicateProperties;
            options.AllowTrailingCommas = strict.AllowTrailingCommas;
            options.NumberHandling = strict.NumberHandling;
            options.Encoder = strict.Encoder;
            options.MaxDepth = kit.Value.MaxJsonDepth;
            options.TypeInfoResolverChain.Insert(0, HttpContractsJsonContext.Default);
            options.TypeInfoResolverChain.Insert(1, Stored.StoredJsonContext.Default);
            options.TypeInfoResolverChain.Add(strict.TypeInfoResolver!);
            options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        });

        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<AccountabilityKitHttpOptions>>(static (timeouts, kit) =>
        {
            var limit = kit.Value.RequestTimeout;
            timeouts.AddPolicy(AccountabilityKitHttpOptions.RequestTimeoutPolicyName, new RequestTimeoutPolicy
            {
                Timeout = limit,
                TimeoutStatusCode = StatusCodes.Status408RequestTimeout,
                WriteTimeoutResponse = context => KitProblems.WriteAsync(
                    context,
                    StatusCodes.Status408RequestTimeout,
                    KitProblems.TimeoutType,
                    HttpIssueCodes.TimedOut,
                    Catalog.Of(nameof(Messages.ProblemTimeoutTitle)),
                    Catalog.Of(nameof(Messages.ProblemTimeoutDetail), ("seconds", (decimal)(limit ?? TimeSpan.Zero).TotalSeconds))),
            });
        });

        services.AddRateLimiter(static _ => { });
        services.AddOptions<RateLimiterOptions>().Configure(static limiter =>
            limiter.AddPolicy<string, KitRateLimiterPolicy>(AccountabilityKitHttpOptions.RateLimiterPolicyName));
        return services;
    }
}
