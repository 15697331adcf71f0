using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>
/// A year's scoring rules (评分规则) as data: loaded from JSON with <see cref="ScoringRuleSetJson"/> (validated on load, every
/// problem at once with its JSON path) or taken from <see cref="BuiltInRuleSets"/>; immutable and safe to share between threads.
/// </summary>
public sealed class ScoringRuleSet
{
    private readonly FrozenDictionary<string, ScoringCategory> _categories;
    private readonly FrozenDictionary<string, BonusRule> _bonuses;
    private readonly FrozenDictionary<UnitKind, UnitGroup> _groupsByKind;

    internal ScoringRuleSet(ScoringRuleSetDocument d)
    {
        Id = d.Id;
        Version = d.Version;
        Name = d.Name;
        Description = d.Description;
        EffectiveFrom = d.EffectiveFrom;
        EffectiveTo = d.EffectiveTo;
        BaseScore = d.BaseScore;
        Floor = d.Floor;
        RoundingDecimals = d.Rounding.Decimals;
        RoundingMode = d.Rounding.Mode;
        UnitGroups = d.UnitGroups.Select(g => new UnitGroup(g.Id, g.Name, g.UnitKinds.ToArray())).ToArray();
        Categories = d.Categories.Select(c => new ScoringCategory(c.Code, c.Name, new SeverityDeductions(c.Deductions.Minor, c.Deductions.General, c.Deductions.Serious), c.Cap, c.Citation)).ToArray();
        RepeatFactor = d.Repeat.Factor;
        OverduePerItem = d.Overdue.PerItem;
        OverdueCap = d.Overdue.Cap;
        Bonuses = d.Bonuses.Select(b => new BonusRule(b.Id, b.Name, b.Points, b.Cap)).ToArray();
        BonusCap = d.BonusCap;
        Vetoes = d.Vetoes.Select(v => new VetoRule(v.Id, v.Name, (v.Categories ?? []).ToArray(), v.MinSeverity, (v.Events ?? []).ToArray(), v.Citation)).ToArray();
        GradeBands = d.GradeBands.Select(b => new GradeBand(b.Grade, b.Name, b.MinScore, b.MaxScore, b.Quota)).OrderByDescending(b => b.MinScore).ToArray();
        Annual = new AnnualRule(d.Annual.QuarterWeights.ToArray(), d.Annual.RoutineWeight, d.Annual.YearEndWeight, d.Annual.MissingQuarters);
        Quotas = d.Quotas is { } q ? new QuotaRule(q.Rounding, q.AtLeastOne) : QuotaRule.Default;
        FollowUp = d.FollowUp is { } f ? new EscalationPolicy(f.ReminderTalkAfterOverdueDays, f.LetterToLeaderSources.Distinct().ToArray()) : EscalationPolicy.Default;
        _categories = Categories.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        _bonuses = Bonuses.ToFrozenDictionary(b => b.Id, StringComparer.Ordinal);
        _groupsByKind = UnitGroups.SelectMany(g => g.UnitKinds.Select(k => (k, g))).ToFrozenDictionary(p => p.k, p => p.g);
    }

    /// <summary>The rule set's id.</summary>
    public string Id { get; }

    /// <summary>Its version.</summary>
    public string Version { get; }

    /// <summary>Its display name.</summary>
    public string Name { get; }

    /// <summary>An optional description.</summary>
    public string? Description { get; }

    /// <summary>The first quarter it applies to.</summary>
    public AssessmentQuarter EffectiveFrom { get; }

    /// <summary>The last quarter it applies to.</summary>
    public AssessmentQuarter EffectiveTo { get; }

    /// <summary>The score every unit starts from (e.g. 100).</summary>
    public decimal BaseScore { get; }

    /// <summary>The lowest total before bonuses (deductions stop there).</summary>
    public decimal Floor { get; }

    /// <summary>The number of decimals the total keeps.</summary>
    public int RoundingDecimals { get; }

    /// <summary>How the total is rounded (a midpoint rule, or a directed mode such as <see cref="MidpointRounding.ToZero"/>).</summary>
    public MidpointRounding RoundingMode { get; }

    /// <summary>The unit groups, scored and ranked separately.</summary>
    public IReadOnlyList<UnitGroup> UnitGroups { get; }

    /// <summary>The finding categories with deductions and caps.</summary>
    public IReadOnlyList<ScoringCategory> Categories { get; }

    /// <summary>The factor a finding's deduction is multiplied by when its category had a finding in the unit's previous quarter.</summary>
    public decimal RepeatFactor { get; }

    /// <summary>Points deducted per finding whose rectification missed its deadline.</summary>
    public decimal OverduePerItem { get; }

    /// <summary>The most points overdue rectifications deduct in one quarter.</summary>
    public decimal OverdueCap { get; }

    /// <summary>The bonus items.</summary>
    public IReadOnlyList<BonusRule> Bonuses { get; }

    /// <summary>The most points all bonuses together add in one quarter.</summary>
    public decimal BonusCap { get; }

    /// <summary>The one-vote vetoes.</summary>
    public IReadOnlyList<VetoRule> Vetoes { get; }

    /// <summary>The grade bands, top band first.</summary>
    public IReadOnlyList<GradeBand> GradeBands { get; }

    /// <summary>The lowest grade band (the one a veto forces).</summary>
    public GradeBand LowestBand => GradeBands[^1];

    /// <summary>The annual roll-up rule.</summary>
    public AnnualRule Annual { get; }

    /// <summary>
    /// How grade-band quotas become whole units (the document's <c>quotas</c> section: <c>rounding</c> floor, roundHalfUp or
    /// ceiling, and <c>atLeastOne</c>); <see cref="QuotaRule.Default"/> (floor, no minimum) when the rule set has none.
    /// </summary>
    public QuotaRule Quotas { get; }

    /// <summary>The follow-up escalation policy (<see cref="EscalationPolicy.Default"/> when the rule set has no <c>followUp</c> section).</summary>
    public EscalationPolicy FollowUp { get; }

    /// <summary>True when <paramref name="quarter"/> is inside the effective period.</summary>
    /// <param name="quarter">The quarter.</param>
    /// <returns>Whether the rules apply to it.</returns>
    public bool Covers(AssessmentQuarter quarter) => quarter >= EffectiveFrom && quarter <= EffectiveTo;

    /// <summary>Finds a category by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="category">The category, if defined.</param>
    /// <returns>Whether it is defined.</returns>
    public bool TryGetCategory(string code, [NotNullWhen(true)] out ScoringCategory? category) => _categories.TryGetValue(code, out category);

    /// <summary>Finds a bonus item by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="bonus">The bonus item, if defined.</param>
    /// <returns>Whether it is defined.</returns>
    public bool TryGetBonus(string id, [NotNullWhen(true)] out BonusRule? bonus) => _bonuses.TryGetValue(id, out bonus);

    /// <summary>Finds the unit group of a unit kind.</summary>
    /// <param name="kind">The unit kind.</param>
    /// <param name="group">The group, if the kind belongs to one.</param>
    /// <returns>Whether it does.</returns>
    public bool TryGetGroup(UnitKind kind, [NotNullWhen(true)] out UnitGroup? group) => _groupsByKind.TryGetValue(kind, out group);

    /// <summary>The grade band holding <paramref name="score"/> (the lowest band for scores below every band).</summary>
    /// <param name="score">A rounded total.</param>
    /// <returns>The band.</returns>
    public GradeBand BandFor(decimal score)
    {
        foreach (var band in GradeBands)
        {
            if (band.Holds(score))
            {
                return band;
            }
        }

        return score >= GradeBands[0].MinScore ? GradeBands[0] : LowestBand;
    }

    /// <summary>Rounds a score as the rule set says.</summary>
    /// <param name="score">The unrounded score.</param>
    /// <returns>The rounded score.</returns>
    public decimal Round(decimal score) => Math.Round(score, RoundingDecimals, RoundingMode);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Version} ({EffectiveFrom}..{EffectiveTo})";
}
