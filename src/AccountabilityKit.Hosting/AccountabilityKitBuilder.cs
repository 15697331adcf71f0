using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using AccountabilityPacks = AccountabilityKit.Accountability.Packs;

namespace AccountabilityKit.Hosting;

/// <summary>
/// Adds the kit's packages to a host, one <c>Add…</c> per package, each with its options class (Polly-style:
/// <c>AddRuleSets(o =&gt; …)</c> configures <see cref="RuleSetOptions"/>). Every options class is validated when the host
/// starts (<c>ValidateOnStart</c>): an invalid rule set, regulation pack or setting stops the start with an
/// <see cref="OptionsValidationException"/> whose failures carry the kit's issue codes. Options can also be bound from
/// configuration with <c>Services.Configure&lt;RuleSetOptions&gt;(section)</c>. Calling an <c>Add…</c> twice adds the
/// configuration of both calls and registers the services once.
/// </summary>
public sealed class AccountabilityKitBuilder
{
    internal AccountabilityKitBuilder(IServiceCollection services) => Services = services;

    /// <summary>The host's services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Registers the regulation-pack catalogue (<see cref="AccountabilityPacks.RegulationPackCatalog"/>, singleton) of the
    /// Accountability package: the embedded packs and the host's local packs from <see cref="RegulationCatalogOptions"/>.
    /// </summary>
    /// <param name="configure">Sets the packs; null keeps the defaults (the embedded ARR2019 and ARR2016 packs).</param>
    /// <returns>This builder.</returns>
    public AccountabilityKitBuilder AddRegulationCatalog(Action<RegulationCatalogOptions>? configure = null)
    {
        Options<RegulationCatalogOptions, RegulationCatalogLoader>(configure);
        Services.TryAddSingleton(static sp => RegulationCatalogLoader.Create(
            sp.GetRequiredService<IOptions<RegulationCatalogOptions>>().Value,
            sp.GetService<ILoggerFactory>()?.CreateLogger(RegulationCatalogLoader.LoggerCategory) ?? NullLogger.Instance));
        return this;
    }

    /// <summary>
    /// Registers the Assessment package's rule sets: <see cref="RuleSetRegistry"/> (singleton; files watched and swapped
    /// in when they change) and <see cref="QuarterScoring"/>. The host registers an
    /// <see cref="AccountabilityKit.Organization.OrgTree"/> and a NodaTime <see cref="IClock"/>; an
    /// <see cref="AssessmentCalendar"/> is added from the clock if absent.
    /// </summary>
    /// <param name="configure">Sets the rule-set sources.</param>
    /// <returns>This builder.</returns>
    public AccountabilityKitBuilder AddRuleSets(Action<RuleSetOptions>? configure = null)
    {
        Options<RuleSetOptions, RuleSetOptionsValidator>(configure);
        Services.TryAddSingleton(static sp => new AssessmentCalendar(sp.GetRequiredService<IClock>()));
        Services.TryAddSingleton(static sp => new RuleSetRegistry(
            sp.GetRequiredService<IOptions<RuleSetOptions>>().Value,
            sp.GetRequiredService<AccountabilityKit.Organization.OrgTree>(),
            sp.GetRequiredService<AssessmentCalendar>(),
            sp.GetService<ILogger<RuleSetRegistry>>()));
        Services.TryAddSingleton(static sp => new QuarterScoring(sp.GetRequiredService<RuleSetRegistry>(), sp.GetService<ILogger<QuarterScoring>>()));
        return this;
    }

    /// <summary>
    /// Registers the Checklists package's near-duplicate detection: <see cref="NearDuplicateDetector"/> (singleton, from
    /// <see cref="NearDuplicateDetectionOptions.Similarity"/>) and <see cref="NearDuplicateDetection"/>.
    /// </summary>
    /// <param name="configure">Changes the similarity settings.</param>
    /// <returns>This builder.</returns>
    public AccountabilityKitBuilder AddNearDuplicateDetection(Action<NearDuplicateDetectionOptions>? configure = null)
    {
        Options<NearDuplicateDetectionOptions, NearDuplicateDetectionOptionsValidator>(configure);
        Services.TryAddSingleton(static sp => new NearDuplicateDetector(sp.GetRequiredService<IOptions<NearDuplicateDetectionOptions>>().Value.Similarity));
        Services.TryAddSingleton(static sp => new NearDuplicateDetection(sp.GetRequiredService<NearDuplicateDetector>(), sp.GetService<ILogger<NearDuplicateDetection>>()));
        return this;
    }

    /// <summary>Registers the Statistics package's executors: <see cref="StatisticsAggregation"/> (singleton).</summary>
    /// <param name="configure">Changes the statistics settings.</param>
    /// <returns>This builder.</returns>
    public AccountabilityKitBuilder AddStatistics(Action<StatisticsOptions>? configure = null)
    {
        Options<StatisticsOptions, StatisticsOptionsValidator>(configure);
        Services.TryAddSingleton(static sp => new StatisticsAggregation(sp.GetRequiredService<IOptions<StatisticsOptions>>().Value, sp.GetService<ILogger<StatisticsAggregation>>()));
        return this;
    }

    private void Options<TOptions, TValidator>(Action<TOptions>? configure)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        var options = Services.AddOptions<TOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
    }
}
