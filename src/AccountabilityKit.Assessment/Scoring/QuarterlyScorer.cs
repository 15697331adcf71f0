using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Assessment.Scoring;

/// <summary>
/// Scores a unit's quarter under one rule set. Built once, immutable and thread-safe.
/// </summary>
/// <remarks>
/// The order of application is fixed (see the README, "Scoring order"):
/// 1 base score; 2 each finding's deduction (× the repeat factor when its category had a finding in the previous quarter),
/// grouped by category in rule-set order, findings by id; 3 per category, points above the category cap are given back;
/// 4 overdue rectifications (status at the as-of date overdue or rectified late), then the overdue cap;
/// 5 the floor (if the score is below it, the difference is given back); 6 bonuses, each item's cap, then the total bonus cap;
/// 7 rounding (decimals and mode of the rule set), as a line of its own. The grade comes from the rounded total, or is the
/// lowest grade when a veto applies.
/// </remarks>
public sealed class QuarterlyScorer
{
    private readonly HashSet<string> _vetoEvents;
    private readonly Dictionary<string, int> _categoryIndex;

    // Per category, per (severity, repeated): the points and the reason, computed once (they depend on the rule set only).
    private readonly (decimal Points, Message Reason)[][] _deductions;

    /// <summary>Creates a scorer.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="tree">The org tree the scored units and their findings belong to.</param>
    public QuarterlyScorer(ScoringRuleSet ruleSet, OrgTree tree)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(tree);
        RuleSet = ruleSet;
        Tree = tree;
        _categoryIndex = ruleSet.Categories.Select((c, i) => (c.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        _deductions = [.. ruleSet.Categories.Select(category => Enum.GetValues<FindingSeverity>()
            .SelectMany(severity =>
            {
                var points = category.Deductions.For(severity);
                var repeated = points * ruleSet.RepeatFactor;
                var reason = Catalog.Of(nameof(Messages.LineDeduction), ("category", category.Name), MessageArgument.Of("severity", severity), ("points", Catalog.Points(points)));
                var repeatedReason = Catalog.Of(
                    nameof(Messages.LineDeductionRepeated),
                    ("category", category.Name),
                    MessageArgument.Of("severity", severity),
                    ("points", Catalog.Points(points)),
                    ("factor", Catalog.Points(ruleSet.RepeatFactor)),
                    ("repeated", Catalog.Points(repeated)));
                return new[] { (points, reason), (repeated, repeatedReason) };
            })
            .ToArray())];
        _vetoEvents = new HashSet<string>(ruleSet.Vetoes.SelectMany(v => v.Events), StringComparer.Ordinal);
    }

    /// <summary>The rule set.</summary>
    public ScoringRuleSet RuleSet { get; }

    /// <summary>The org tree.</summary>
    public OrgTree Tree { get; }

    /// <summary>Checks an input and reports every problem with its path (e.g. <c>$.findings[2].categoryCode</c>).</summary>
    /// <param name="input">The input.</param>
    /// <returns>The report.</returns>
    public ValidationReport Validate(ScoringInput input) => Validate(input, checkPeriod: true);

    /// <summary>Checks an input; <paramref name="checkPeriod"/> false skips the effective-period check (what-if previews).</summary>
    internal ValidationReport Validate(ScoringInput input, bool checkPeriod)
    {
        ArgumentNullException.ThrowIfNull(input);
        var issues = new ValidationReportBuilder();
        if (input.Findings is null || input.PreviousQuarterFindings is null || input.Bonuses is null || input.VetoEvents is null)
        {
            // Lists set to null despite their annotations: report instead of failing later with a NullReferenceException.
            var which = input.Findings is null ? "findings" : input.PreviousQuarterFindings is null ? "previousQuarterFindings" : input.Bonuses is null ? "bonuses" : "vetoEvents";
            return issues.Error(VocabularyIssueCodes.NullJsonValue, which, Catalog.Of(nameof(Messages.NullList), ("list", which))).Build();
        }

        var ruleSetId = ("ruleSet", RuleSet.Id);
        var unitKnown = Tree.TryGet(input.Unit, out var unit);
        if (!unitKnown)
        {
            issues.Error(AssessmentIssueCodes.UnknownUnit, "unit", Catalog.Of(nameof(Messages.UnitNotInTree), ("unit", input.Unit)));
        }
        else if (!RuleSet.TryGetGroup(unit!.Kind, out _))
        {
            issues.Error(AssessmentIssueCodes.UnitNotInGroup, "unit", Catalog.Of(nameof(Messages.UnitKindNotScored), ("unit", input.Unit), MessageArgument.Of("kind", unit.Kind), ruleSetId));
        }

        if (checkPeriod && !RuleSet.Covers(input.Quarter))
        {
            issues.Error(AssessmentIssueCodes.QuarterOutsidePeriod, "quarter", Catalog.Of(nameof(Messages.QuarterOutsidePeriod), ("quarter", input.Quarter), ("from", RuleSet.EffectiveFrom), ("to", RuleSet.EffectiveTo)));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        CheckFindings(input.Findings, "findings", input.Quarter, checkCategory: true);
        CheckFindings(input.PreviousQuarterFindings, "previousQuarterFindings", input.Quarter.Previous(), checkCategory: false);

        void CheckFindings(IReadOnlyList<Finding> findings, string listPath, Time.AssessmentQuarter quarter, bool checkCategory)
        {
            for (var i = 0; i < findings.Count; i++)
            {
                var f = findings[i];
                var at = issues.At(listPath, i);
                if (f is null)
                {
                    at.Error(AssessmentIssueCodes.InvalidFinding, string.Empty, Catalog.Of(nameof(Messages.FindingNull)));
                    continue;
                }

                if (checkCategory && !ids.Add(f.Id))
                {
                    at.Error(AssessmentIssueCodes.DuplicateFinding, "id", Catalog.Of(nameof(Messages.DuplicateFindingId), ("id", f.Id)));
                }

                if (!Tree.Contains(f.Unit))
                {
                    at.Error(AssessmentIssueCodes.UnknownUnit, "unit", Catalog.Of(nameof(Messages.UnitNotInTree), ("unit", f.Unit)));
                }
                else if (unitKnown && !Tree.IsWithin(f.Unit, input.Unit))
                {
                    at.Error(AssessmentIssueCodes.FindingOutsideUnit, "unit", Catalog.Of(nameof(Messages.FindingOutsideUnit), ("unit", f.Unit), ("scored", input.Unit)));
                }

                if (f.Quarter != quarter)
                {
                    at.Error(AssessmentIssueCodes.FindingQuarterMismatch, "quarter", Catalog.Of(nameof(Messages.FindingQuarterMismatch), ("actual", f.Quarter), ("expected", quarter)));
                }

                if (checkCategory && !RuleSet.TryGetCategory(f.CategoryCode, out _))
                {
                    at.Error(AssessmentIssueCodes.UnknownCategory, "categoryCode", Catalog.Of(nameof(Messages.UnknownCategory), ("code", f.CategoryCode), ruleSetId));
                }
            }
        }

        for (var i = 0; i < input.Bonuses.Count; i++)
        {
            var claim = input.Bonuses[i];
            var at = issues.At("bonuses", i);
            if (claim is null)
            {
                at.Error(AssessmentIssueCodes.InvalidBonusClaim, string.Empty, Catalog.Of(nameof(Messages.BonusClaimNull)));
                continue;
            }

            if (claim.BonusId is null || !RuleSet.TryGetBonus(claim.BonusId, out _))
            {
                at.Error(AssessmentIssueCodes.InvalidBonusClaim, "bonusId", Catalog.Of(nameof(Messages.UnknownBonus), ("id", claim.BonusId), ruleSetId));
            }

            if (claim.Count < 1)
            {
                at.Error(AssessmentIssueCodes.InvalidBonusClaim, "count", Catalog.Of(nameof(Messages.BonusCountBelowOne), ("count", claim.Count)));
            }
        }

        for (var i = 0; i < input.VetoEvents.Count; i++)
        {
            if (input.VetoEvents[i] is not { } code || !_vetoEvents.Contains(code))
            {
                issues.At("vetoEvents", i).Error(AssessmentIssueCodes.UnknownVetoEvent, string.Empty, Catalog.Of(nameof(Messages.UnknownVetoEvent), ("code", input.VetoEvents[i]), ruleSetId));
            }
        }

        return issues.Build();
    }

    /// <summary>Scores a unit's quarter; throws <see cref="ValidationFailedException"/> when the input is invalid (see <see cref="Validate(ScoringInput)"/>).</summary>
    /// <param name="input">The input.</param>
    /// <returns>The score card.</returns>
    public ScoreCard Score(ScoringInput input) => Score(input, checkPeriod: true);

    /// <summary>Scores every input (for example, all units of a quarter); stops at the first invalid input.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The cards, in input order.</returns>
    public IReadOnlyList<ScoreCard> ScoreAll(IEnumerable<ScoringInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Select(Score).ToList().AsReadOnly();
    }

    /// <summary>Scores an input; <paramref name="checkPeriod"/> false skips the effective-period check (what-if previews).</summary>
    internal ScoreCard Score(ScoringInput input, bool checkPeriod)
    {
        Validate(input, checkPeriod).ThrowIfInvalid();
        var rules = RuleSet;
        var lines = new List<ScoreLine>(input.Findings.Count + 8)
        {
            new(ScoreLineKind.Base, "base", null, rules.BaseScore, Catalog.Of(nameof(Messages.LineBase), ("points", Catalog.Points(rules.BaseScore)))),
        };

        var repeated = new bool[rules.Categories.Count];
        foreach (var previous in input.PreviousQuarterFindings)
        {
            // Categories the current rule set does not know cannot repeat.
            if (_categoryIndex.TryGetValue(previous.CategoryCode, out var index))
            {
                repeated[index] = true;
            }
        }

        var findings = input.Findings.ToArray();
        Array.Sort(findings, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var categoryOf = new int[findings.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            categoryOf[i] = _categoryIndex[findings[i].CategoryCode];
        }

        for (var c = 0; c < rules.Categories.Count; c++)
        {
            var category = rules.Categories[c];
            var sum = 0m;
            for (var i = 0; i < findings.Length; i++)
            {
                if (categoryOf[i] != c)
                {
                    continue;
                }

                var f = findings[i];
                var (points, reason) = _deductions[c][(2 * (int)f.Severity) + (repeated[c] ? 1 : 0)];
                sum += points;
                lines.Add(new ScoreLine(ScoreLineKind.Deduction, category.Code, f.Id, -points, reason, category.Citation));
            }

            if (sum > category.Cap)
            {
                lines.Add(new ScoreLine(ScoreLineKind.CategoryCap, category.Code, null, sum - category.Cap, Catalog.Of(nameof(Messages.LineCategoryCap), ("category", category.Name), ("sum", Catalog.Points(sum)), ("cap", Catalog.Points(category.Cap)), ("back", Catalog.Points(sum - category.Cap))), category.Citation));
            }
        }

        var overdueSum = 0m;
        foreach (var f in findings)
        {
            var state = f.RectificationAt(input.AsOf);
            if (state.MissedDeadline)
            {
                overdueSum += rules.OverduePerItem;
                lines.Add(new ScoreLine(ScoreLineKind.Overdue, "overdue", f.Id, -rules.OverduePerItem, Catalog.Of(nameof(Messages.LineOverdue), ("state", state.Explanation), ("points", Catalog.Points(rules.OverduePerItem)))));
            }
        }

        if (overdueSum > rules.OverdueCap)
        {
            lines.Add(new ScoreLine(ScoreLineKind.OverdueCap, "overdue", null, overdueSum - rules.OverdueCap, Catalog.Of(nameof(Messages.LineOverdueCap), ("sum", Catalog.Points(overdueSum)), ("cap", Catalog.Points(rules.OverdueCap)), ("back", Catalog.Points(overdueSum - rules.OverdueCap)))));
        }

        var subtotal = Sum(lines);
        if (subtotal < rules.Floor)
        {
            lines.Add(new ScoreLine(ScoreLineKind.Floor, "floor", null, rules.Floor - subtotal, Catalog.Of(nameof(Messages.LineFloor), ("subtotal", Catalog.Points(subtotal)), ("floor", Catalog.Points(rules.Floor)))));
        }

        var bonusTotal = 0m;
        foreach (var bonus in input.Bonuses.Count == 0 ? [] : rules.Bonuses)
        {
            var sum = 0m;
            var claims = input.Bonuses.Where(c => string.Equals(c.BonusId, bonus.Id, StringComparison.Ordinal))
                .OrderBy(c => c.Note, StringComparer.Ordinal).ThenBy(c => c.Count);
            foreach (var claim in claims)
            {
                var points = bonus.Points * claim.Count;
                sum += points;
                var reason = string.IsNullOrWhiteSpace(claim.Note)
                    ? Catalog.Of(nameof(Messages.LineBonus), ("bonus", bonus.Name), ("count", claim.Count), ("points", Catalog.Points(bonus.Points)), ("sum", Catalog.Points(points)))
                    : Catalog.Of(nameof(Messages.LineBonusWithNote), ("bonus", bonus.Name), ("note", claim.Note), ("count", claim.Count), ("points", Catalog.Points(bonus.Points)), ("sum", Catalog.Points(points)));
                lines.Add(new ScoreLine(ScoreLineKind.Bonus, bonus.Id, null, points, reason));
            }

            if (sum > bonus.Cap)
            {
                lines.Add(new ScoreLine(ScoreLineKind.BonusCap, bonus.Id, null, bonus.Cap - sum, Catalog.Of(nameof(Messages.LineBonusCap), ("bonus", bonus.Name), ("sum", Catalog.Points(sum)), ("cap", Catalog.Points(bonus.Cap)), ("back", Catalog.Points(sum - bonus.Cap)))));
                sum = bonus.Cap;
            }

            bonusTotal += sum;
        }

        if (bonusTotal > rules.BonusCap)
        {
            lines.Add(new ScoreLine(ScoreLineKind.BonusCap, "bonusCap", null, rules.BonusCap - bonusTotal, Catalog.Of(nameof(Messages.LineBonusTotalCap), ("sum", Catalog.Points(bonusTotal)), ("cap", Catalog.Points(rules.BonusCap)), ("back", Catalog.Points(bonusTotal - rules.BonusCap)))));
        }

        var unrounded = Sum(lines);
        var total = rules.Round(unrounded);
        if (total != unrounded)
        {
            lines.Add(new ScoreLine(ScoreLineKind.Rounding, "rounding", null, total - unrounded, Catalog.Of(nameof(Messages.LineRounding), ("unrounded", Catalog.Points(unrounded)), ("decimals", rules.RoundingDecimals), ("mode", RoundingModeText(rules.RoundingMode)), ("total", Catalog.Points(total)))));
        }

        var veto = FindVeto(findings, input.VetoEvents);
        var band = veto is null ? rules.BandFor(total) : rules.LowestBand;
        var group = rules.TryGetGroup(Tree[input.Unit].Kind, out var g) ? g.Id : throw new InvalidOperationException("Validated above.");
        return new ScoreCard(input.Unit, input.Quarter, rules.Id, rules.Version, group, total, band.Grade, band.Name, veto, lines.AsReadOnly());
    }

    private VetoOutcome? FindVeto(Finding[] findings, IReadOnlyList<string> events)
    {
        foreach (var veto in RuleSet.Vetoes)
        {
            foreach (var f in findings)
            {
                if (f.Severity >= veto.MinSeverity && veto.CategoryCodes.Contains(f.CategoryCode, StringComparer.Ordinal))
                {
                    return new VetoOutcome(veto.Id, f.Id, null, Catalog.Of(nameof(Messages.VetoByFinding), ("veto", veto.Name), ("finding", f.Id), ("grade", RuleSet.LowestBand.Name)), veto.Citation);
                }
            }

            foreach (var e in veto.Events.Where(e => events.Contains(e, StringComparer.Ordinal)).Take(1))
            {
                return new VetoOutcome(veto.Id, null, e, Catalog.Of(nameof(Messages.VetoByEvent), ("veto", veto.Name), ("event", e), ("grade", RuleSet.LowestBand.Name)), veto.Citation);
            }
        }

        return null;
    }

    private static decimal Sum(List<ScoreLine> lines)
    {
        var sum = 0m;
        foreach (var line in lines)
        {
            sum += line.Points;
        }

        return sum;
    }

    /// <summary>The rounding mode as a person reads it (四舍五入 / half away from zero).</summary>
    internal static Message RoundingModeText(MidpointRounding mode) => Catalog.Of(mode switch
    {
        MidpointRounding.ToEven => nameof(Messages.RoundingToEven),
        MidpointRounding.AwayFromZero => nameof(Messages.RoundingAwayFromZero),
        MidpointRounding.ToZero => nameof(Messages.RoundingToZero),
        MidpointRounding.ToNegativeInfinity => nameof(Messages.RoundingToNegativeInfinity),
        _ => nameof(Messages.RoundingToPositiveInfinity),
    });
}
