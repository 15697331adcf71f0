using System.Collections.Immutable;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>
/// One accountability case (问责案件): who decides, when, for which circumstances, against which organisations and
/// cadres, with which modifiers, flags, links and follow-up recommendations. Validate it with
/// <see cref="AccountabilityRules.Validate(AccountabilityCase)"/>.
/// </summary>
public sealed record AccountabilityCase
{
    private readonly ImmutableArray<Circumstance> _circumstances = [];
    private readonly ImmutableArray<AccountableOrganization> _organizations = [];
    private readonly ImmutableArray<AccountableCadre> _cadres = [];
    private readonly ImmutableArray<CaseModifier> _modifiers = [];
    private readonly ImmutableArray<RecommendationKind> _recommendations = [];
    private readonly ImmutableArray<PersonId> _investigationTeam = [];

    /// <summary>The case id (the OA system's number).</summary>
    public required string Id { get; init; }

    /// <summary>The deciding body and its unit.</summary>
    public required AccountabilityAuthority Authority { get; init; }

    /// <summary>The day the principal leader approved the start (ARR2019 Art. 9).</summary>
    public LocalDate? StartApprovedOn { get; init; }

    /// <summary>The day the investigation team started (ARR2019 Art. 10).</summary>
    public LocalDate? InvestigationStartedOn { get; init; }

    /// <summary>The day the fact statement was shown and the statement and defence heard (ARR2019 Art. 11).</summary>
    public LocalDate? DefenceHeardOn { get; init; }

    /// <summary>The day the investigation report was signed (ARR2019 Art. 11).</summary>
    public LocalDate? ReportedOn { get; init; }

    /// <summary>The day of the decision (ARR2019 Art. 12).</summary>
    public LocalDate? DecidedOn { get; init; }

    /// <summary>
    /// The approval the decision was made with (经…批准, ARR2019 Art. 12), e.g. the same-level Party committee approving
    /// the commission's 诫勉; null when none was needed or recorded.
    /// </summary>
    public Approval? Approval { get; init; }

    /// <summary>The day the decision was delivered.</summary>
    public LocalDate? DeliveredOn { get; init; }

    /// <summary>The day the decision was executed (e.g. the adjustment formalities completed).</summary>
    public LocalDate? ExecutedOn { get; init; }

    /// <summary>The day an appeal was filed, if any.</summary>
    public LocalDate? AppealedOn { get; init; }

    /// <summary>The day the appeal was answered, if any.</summary>
    public LocalDate? AppealDecidedOn { get; init; }

    /// <summary>
    /// The day the decision was found wrong or imprecise (facts unclear, evidence not conclusive, basis insufficient,
    /// responsibility unclear, procedure non-compliant or handling inappropriate), by an appeal decision that upheld the
    /// appeal or by a review of the deciding or a superior organisation; null when nothing was found wrong. A correction
    /// is then due promptly, with no fixed time limit (ARR2019 Art. 21).
    /// </summary>
    public LocalDate? DecisionFoundWrongOn { get; init; }

    /// <summary>
    /// The day the deciding organisation, or its superior directly, corrected the decision found wrong; null when not
    /// (yet) corrected (ARR2019 Art. 21).
    /// </summary>
    public LocalDate? CorrectedOn { get; init; }

    /// <summary>The members of the investigation team (调查组), at least two (ARR2019 Art. 10); empty when not recorded.</summary>
    public ImmutableArray<PersonId> InvestigationTeam { get => _investigationTeam; init => _investigationTeam = value.IsDefault ? [] : value; }

    /// <summary>The harm the failure caused (ARR2019 Art. 8).</summary>
    public HarmLevel Harm { get; init; } = HarmLevel.General;

    /// <summary>The Art. 7 circumstances the case rests on.</summary>
    public ImmutableArray<Circumstance> Circumstances { get => _circumstances; init => _circumstances = value.IsDefault ? [] : value; }

    /// <summary>The organisations held to account.</summary>
    public ImmutableArray<AccountableOrganization> Organizations { get => _organizations; init => _organizations = value.IsDefault ? [] : value; }

    /// <summary>The cadres held to account.</summary>
    public ImmutableArray<AccountableCadre> Cadres { get => _cadres; init => _cadres = value.IsDefault ? [] : value; }

    /// <summary>Exempting, mitigating and aggravating circumstances, each with its evidence.</summary>
    public ImmutableArray<CaseModifier> Modifiers { get => _modifiers; init => _modifiers = value.IsDefault ? [] : value; }

    /// <summary>True when the case is circulated as a typical case (典型案例通报).</summary>
    public bool IsTypicalCase { get; init; }

    /// <summary>The notice batch a typical case is circulated in (e.g. "2021年第3批").</summary>
    public string? NoticeBatch { get; init; }

    /// <summary>The violation case this case came from under one case, two investigations (一案双查), if any.</summary>
    public string? ViolationCaseId { get; init; }

    /// <summary>The follow-up recommendations issued (纪律检查建议 / 监察建议).</summary>
    public ImmutableArray<RecommendationKind> Recommendations { get => _recommendations; init => _recommendations = value.IsDefault ? [] : value; }

    /// <summary>The regulation version the case is judged under; null picks it from the decision (or start) date.</summary>
    public string? RegulationVersion { get; init; }
}
