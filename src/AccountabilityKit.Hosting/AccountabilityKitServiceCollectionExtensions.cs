using AccountabilityKit.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers AccountabilityKit in a host's service collection.</summary>
public static class AccountabilityKitServiceCollectionExtensions
{
    /// <summary>
    /// Registers the kit: <see cref="HistoryVerification"/> always, and what <paramref name="configure"/> adds, e.g.
    /// <c>services.AddAccountabilityKit(kit =&gt; kit.AddRegulationCatalog().AddRuleSets(o =&gt; o.RuleSetFiles.Add(path)).AddNearDuplicateDetection().AddStatistics())</c>.
    /// Options are validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds the packages the host needs.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddAccountabilityKit(this IServiceCollection services, Action<AccountabilityKitBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(static sp => new HistoryVerification(sp.GetService<ILogger<HistoryVerification>>()));
        configure(new AccountabilityKitBuilder(services));
        return services;
    }
}
