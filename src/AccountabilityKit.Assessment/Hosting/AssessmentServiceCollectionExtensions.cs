using AccountabilityKit.Assessment.Hosting;
using AccountabilityKit.Time;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the assessment package in a host's service collection.</summary>
public static class AssessmentServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RuleSetRegistry"/> (singleton) with rule sets from files or JSON text. The host registers
    /// an <see cref="AccountabilityKit.Organization.OrgTree"/> and a NodaTime <see cref="IClock"/>; an <see cref="AssessmentCalendar"/> is added from the clock if absent.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the rule-set sources (or bind <see cref="AssessmentOptions"/> from configuration).</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddAccountabilityKitAssessment(this IServiceCollection services, Action<AssessmentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<AssessmentOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(sp => new AssessmentCalendar(sp.GetRequiredService<IClock>()));
        services.TryAddSingleton<RuleSetRegistry>();
        return services;
    }
}
