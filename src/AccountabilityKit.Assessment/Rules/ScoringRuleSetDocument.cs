using System.Text.Json.Serialization;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.Assessment.Rules;

// The strict JSON shape of a scoring rule set (DTOs only; ScoringRuleSetValidator turns them into domain objects).
// Every constructor parameter without a default is required; unknown properties are rejected.

/// <summary>The JSON document of a scoring rule set.</summary>
internal sealed record ScoringRuleSetDocument(
    string Id,
    string Version,
    string Name,
    AssessmentQuarter EffectiveFrom,
    AssessmentQuarter EffectiveTo,
    decimal BaseScore,
    decimal Floor,
    RoundingDocument Rounding,
    IReadOnlyList<UnitGroupDocument> UnitGroups,
    IReadOnlyList<CategoryDocument> Categories,
    RepeatDocument Repeat,
    OverdueDocument Overdue,
    IReadOnlyList<BonusDocument> Bonuses,
    decimal BonusCap,
    IReadOnlyList<VetoDocument> Vetoes,
    IReadOnlyList<GradeBandDocument> GradeBands,
    AnnualDocument Annual,
    FollowUpDocument? FollowUp = null,
    string? Description = null,
    QuotaRuleDocument? Quotas = null,
    [property: JsonPropertyName("$schema")] string? Schema = null);

/// <summary>Rounding of the total.</summary>
internal sealed record RoundingDocument(
    int Decimals,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<MidpointRounding>))] MidpointRounding Mode);

/// <summary>A unit group.</summary>
internal sealed record UnitGroupDocument(string Id, string Name, IReadOnlyList<UnitKind> UnitKinds);

/// <summary>A category.</summary>
internal sealed record CategoryDocument(string Code, string Name, DeductionsDocument Deductions, decimal Cap, Citation? Citation = null);

/// <summary>Points per severity.</summary>
internal sealed record DeductionsDocument(decimal Minor, decimal General, decimal Serious);

/// <summary>Repeat escalation.</summary>
internal sealed record RepeatDocument(decimal Factor);

/// <summary>Overdue rectification deductions.</summary>
internal sealed record OverdueDocument(decimal PerItem, decimal Cap);

/// <summary>A bonus item.</summary>
internal sealed record BonusDocument(string Id, string Name, decimal Points, decimal Cap);

/// <summary>A veto.</summary>
internal sealed record VetoDocument(string Id, string Name, IReadOnlyList<string>? Categories = null, FindingSeverity MinSeverity = FindingSeverity.Minor, IReadOnlyList<string>? Events = null, Citation? Citation = null);

/// <summary>A grade band.</summary>
internal sealed record GradeBandDocument(Grade Grade, string Name, decimal MinScore, decimal? MaxScore = null, decimal? Quota = null);

/// <summary>How quota shares become whole units (absent: <see cref="QuotaRule.Default"/>).</summary>
internal sealed record QuotaRuleDocument(QuotaRounding Rounding, bool AtLeastOne = false);

/// <summary>The annual roll-up.</summary>
internal sealed record AnnualDocument(IReadOnlyList<decimal> QuarterWeights, decimal RoutineWeight, decimal YearEndWeight, MissingQuarterPolicy MissingQuarters);

/// <summary>The follow-up escalation policy.</summary>
internal sealed record FollowUpDocument(int ReminderTalkAfterOverdueDays, IReadOnlyList<FindingSource> LetterToLeaderSources);
