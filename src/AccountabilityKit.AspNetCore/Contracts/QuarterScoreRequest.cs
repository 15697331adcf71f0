using System.Text.Json;
using AccountabilityKit.AspNetCore.Stored;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>
/// The body of <c>POST /assessment/quarters/score</c>. Besides <see cref="Quarter"/>, <see cref="AsOf"/> and
/// <see cref="RuleSets"/>, its properties are those of the findings file of <c>akit score --findings</c> (units,
/// cadres, findings, bonuses), so one file serves both; <see cref="Vetoes"/> adds the quarter's veto events.
/// </summary>
internal sealed record QuarterScoreRequest
{
    /// <summary>The quarter to score (<c>2021Q2</c>).</summary>
    public required AssessmentQuarter Quarter { get; init; }

    /// <summary>The date rectifications are judged at; today (the host's clock) when absent.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>The org tree: every unit with its kind and parent.</summary>
    public required IReadOnlyList<OrgUnit> Units { get; init; }

    /// <summary>Accepted so that a findings file can be posted as it is; not used in scoring.</summary>
    public IReadOnlyList<Cadre>? Cadres { get; init; }

    /// <summary>The rule sets, each a document in the published <c>ScoringRuleSet</c> format; a unit is scored by the first whose unit groups include its kind.</summary>
    public required IReadOnlyList<JsonElement> RuleSets { get; init; }

    /// <summary>The findings of the quarter and of the previous quarter (for repeats).</summary>
    public required IReadOnlyList<FindingRecord> Findings { get; init; }

    /// <summary>The bonus claims of the quarter.</summary>
    public IReadOnlyList<BonusClaimRecord>? Bonuses { get; init; }

    /// <summary>The veto events of the quarter.</summary>
    public IReadOnlyList<VetoEventRecord>? Vetoes { get; init; }
}
