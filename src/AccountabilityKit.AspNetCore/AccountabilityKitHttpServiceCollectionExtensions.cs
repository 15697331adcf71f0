using Microsoft.Extensions.DependencyInjection;

namespace AccountabilityKit.AspNetCore;

/// <summary>Registers what the kit's endpoints need: options, problem details, JSON contracts, limits.</summary>
public static class AccountabilityKitHttpServiceCollectionExtensions
{
    /// <summary>Registers the services of the kit's HTTP endpoints; call before <c>MapAccountabilityKit</c>.</summary>
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

        return services;
    }
}
