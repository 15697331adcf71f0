using AccountabilityKit.People;
using NodaTime;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.EntityFrameworkCore.Assessment;

/// <summary>
/// One stored version of a scoring rule set (评分规则): its documented JSON text exactly as loaded, with the identity
/// (<see cref="RuleSetId"/>, <see cref="Version"/>) and the effective period copied into columns so versions can be
/// listed and picked in SQL. A <see cref="ScoringRuleSet"/> keeps no JSON of its own, so the version is made from the
/// text (<see cref="From"/>, which validates it) and turned back into a rule set through the package's own loader
/// (<see cref="Load"/>, which validates it again). Table <c>scoring_rule_set_version</c>, key (id, version).
/// </summary>
public sealed record ScoringRuleSetVersion
{
    private ScoringRuleSetVersion(string ruleSetId, string version, AssessmentYear year, AssessmentQuarter effectiveFrom, AssessmentQuarter effectiveTo, string json)
    {
        RuleSetId = ruleSetId;
        Version = version;
        Year = year;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Json = json;
    }

    /// <summary>The rule set's id (e.g. <c>county-level</c>).</summary>
    public string RuleSetId { get; }

    /// <summary>The rule set's version (e.g. <c>2026.1</c>).</summary>
    public string Version { get; }

    /// <summary>The assessment year the rule set takes effect in (the year of <see cref="EffectiveFrom"/>).</summary>
    public AssessmentYear Year { get; }

    /// <summary>The first quarter the rules apply to.</summary>
    public AssessmentQuarter EffectiveFrom { get; }

    /// <summary>The last quarter the rules apply to.</summary>
    public AssessmentQuarter EffectiveTo { get; }

    /// <summary>The rule set's JSON document, unchanged.</summary>
    public string Json { get; }

    /// <summary>Who stored this version: the save's explicit actor or the ambient one (<see cref="History.HistoryOptions.Actor"/>); filled on insert.</summary>
    public PersonId RecordedBy { get; }

    /// <summary>When this version was stored, from the context's <see cref="History.HistoryOptions.Clock"/> at the store's precision; filled on insert.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Validates <paramref name="json"/> with <see cref="ScoringRuleSetJson.Load(string)"/> and makes a version of it.</summary>
    /// <param name="json">The rule set's JSON document.</param>
    /// <returns>The version to store.</returns>
    /// <exception cref="ValidationFailedException">The document is not a valid rule set (every problem, with its JSON path).</exception>
    public static ScoringRuleSetVersion From(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var ruleSet = ScoringRuleSetJson.Load(json);
        return new ScoringRuleSetVersion(ruleSet.Id, ruleSet.Version, ruleSet.EffectiveFrom.Year, ruleSet.EffectiveFrom, ruleSet.EffectiveTo, json);
    }

    /// <summary>Loads the stored document through <see cref="ScoringRuleSetJson.Load(string)"/>, so a row edited behind the library's back is validated again.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="ValidationFailedException">The stored document is no longer a valid rule set (every problem, with its JSON path).</exception>
    public ScoringRuleSet Load() => ScoringRuleSetJson.Load(Json);
}
