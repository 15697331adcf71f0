using System.Globalization;
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
    private readonly (decimal Points, string Reason)[][] _deductions;

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
                var reason = $"{category.Name}：{Labels.ZhCn(severity)}问题扣{Format(points)}分";
                var repeated = points * ruleSet.RepeatFactor;
                return new[] { (points, reason), (repeated, reason + $"（上季度同类问题重复出现，×{Format(ruleSet.RepeatFactor)}，扣{Format(repeated)}分）") };
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
        var issues = new List<ValidationIssue>();
        void Error(string code, string path, string message) => issues.Add(ValidationIssue.Error(code, path, message));
        if (input.Findings is null || input.PreviousQuarterFindings is null || input.Bonuses is null || input.VetoEvents is null)
        {
            // Lists set to null despite their annotations: report instead of failing later with a NullReferenceException.
            var which = input.Findings is null ? "findings" : input.PreviousQuarterFindings is null ? "previousQuarterFindings" : input.Bonuses is null ? "bonuses" : "vetoEvents";
            return ValidationReport.Of(ValidationIssue.Error(VocabularyIssueCodes.NullJsonValue, JsonPaths.Property(JsonPaths.Root, which), $"The list '{which}' is null; use an empty list."));
        }

        var unitKnown = Tree.TryGet(input.Unit, out var unit);
        if (!unitKnown)
        {
            Error(AssessmentIssueCodes.UnknownUnit, "$.unit", $"The unit '{input.Unit}' is not in the org tree.");
        }
        else if (!RuleSet.TryGetGroup(unit!.Kind, out _))
        {
            Error(AssessmentIssueCodes.UnitNotInGroup, "$.unit", $"The unit '{input.Unit}' is a {unit.Kind}, which no unit group of the rule set '{RuleSet.Id}' scores.");
        }

        if (checkPeriod && !RuleSet.Covers(input.Quarter))
        {
            Error(AssessmentIssueCodes.QuarterOutsidePeriod, "$.quarter", $"The quarter {input.Quarter} is outside the rule set's period {RuleSet.EffectiveFrom}..{RuleSet.EffectiveTo}.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        CheckFindings(input.Findings, "$.findings", input.Quarter, checkCategory: true);
        CheckFindings(input.PreviousQuarterFindings, "$.previousQuarterFindings", input.Quarter.Previous(), checkCategory: false);

        void CheckFindings(IReadOnlyList<Finding> findings, string listPath, Time.AssessmentQuarter quarter, bool checkCategory)
        {
            for (var i = 0; i < findings.Count; i++)
            {
                var f = findings[i];
                var path = JsonPaths.Index(listPath, i);
                if (f is null)
                {
                    Error(AssessmentIssueCodes.InvalidFinding, path, "The finding is missing (null).");
                    continue;
                }

                if (checkCategory && !ids.Add(f.Id))
                {
                    Error(AssessmentIssueCodes.DuplicateFinding, path + ".id", $"The finding id '{f.Id}' is used twice.");
                }

                if (!Tree.Contains(f.Unit))
                {
                    Error(AssessmentIssueCodes.UnknownUnit, path + ".unit", $"The unit '{f.Unit}' is not in the org tree.");
                }
                else if (unitKnown && !Tree.IsWithin(f.Unit, input.Unit))
                {
                    Error(AssessmentIssueCodes.FindingOutsideUnit, path + ".unit", $"The unit '{f.Unit}' is neither '{input.Unit}' nor one of its subordinate units.");
                }

                if (f.Quarter != quarter)
                {
                    Error(AssessmentIssueCodes.FindingQuarterMismatch, path + ".quarter", $"The finding belongs to {f.Quarter}, not {quarter}.");
                }

                if (checkCategory && !RuleSet.TryGetCategory(f.CategoryCode, out _))
                {
                    Error(AssessmentIssueCodes.UnknownCategory, path + ".categoryCode", $"The category '{f.CategoryCode}' is not defined by the rule set '{RuleSet.Id}'.");
                }
            }
        }

        for (var i = 0; i < input.Bonuses.Count; i++)
        {
            var claim = input.Bonuses[i];
            var path = JsonPaths.Index("$.bonuses", i);
            if (claim is null)
            {
                Error(AssessmentIssueCodes.InvalidBonusClaim, path, "The bonus claim is missing (null).");
                continue;
            }

            if (claim.BonusId is null || !RuleSet.TryGetBonus(claim.BonusId, out _))
            {
                Error(AssessmentIssueCodes.InvalidBonusClaim, path + ".bonusId", $"The bonus '{claim.BonusId}' is not defined by the rule set '{RuleSet.Id}'.");
            }

            if (claim.Count < 1)
            {
                Error(AssessmentIssueCodes.InvalidBonusClaim, path + ".count", $"A bonus claim counts at least 1 occurrence; got {claim.Count}.");
            }
        }

        for (var i = 0; i < input.VetoEvents.Count; i++)
        {
            if (input.VetoEvents[i] is not { } code || !_vetoEvents.Contains(code))
            {
                Error(AssessmentIssueCodes.UnknownVetoEvent, JsonPaths.Index("$.vetoEvents", i), $"The event '{input.VetoEvents[i]}' is not listed by any veto of the rule set '{RuleSet.Id}'.");
            }
        }

        return ValidationReport.From(issues);
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
            new(ScoreLineKind.Base, "base", null, rules.BaseScore, $"基础分{Format(rules.BaseScore)}分"),
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
                lines.Add(new ScoreLine(ScoreLineKind.CategoryCap, category.Code, null, sum - category.Cap, $"{category.Name}扣分{Format(sum)}分，超过上限{Format(category.Cap)}分，返还{Format(sum - category.Cap)}分", category.Citation));
            }
        }

        var overdueSum = 0m;
        foreach (var f in findings)
        {
            var state = f.RectificationAt(input.AsOf);
            if (state.MissedDeadline)
            {
                overdueSum += rules.OverduePerItem;
                var what = state.Status == RectificationStatus.Overdue ? $"逾期未整改{state.DaysLate}天" : $"逾期{state.DaysLate}天完成整改";
                lines.Add(new ScoreLine(ScoreLineKind.Overdue, "overdue", f.Id, -rules.OverduePerItem, $"问题{what}，扣{Format(rules.OverduePerItem)}分"));
            }
        }

        if (overdueSum > rules.OverdueCap)
        {
            lines.Add(new ScoreLine(ScoreLineKind.OverdueCap, "overdue", null, overdueSum - rules.OverdueCap, $"逾期整改扣分{Format(overdueSum)}分，超过上限{Format(rules.OverdueCap)}分，返还{Format(overdueSum - rules.OverdueCap)}分"));
        }

        var subtotal = Sum(lines);
        if (subtotal < rules.Floor)
        {
            lines.Add(new ScoreLine(ScoreLineKind.Floor, "floor", null, rules.Floor - subtotal, $"得分{Format(subtotal)}分低于保底分{Format(rules.Floor)}分，按保底分计"));
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
                var note = string.IsNullOrWhiteSpace(claim.Note) ? string.Empty : $"（{claim.Note}）";
                lines.Add(new ScoreLine(ScoreLineKind.Bonus, bonus.Id, null, points, $"{bonus.Name}{note}：{claim.Count}项×{Format(bonus.Points)}分，加{Format(points)}分"));
            }

            if (sum > bonus.Cap)
            {
                lines.Add(new ScoreLine(ScoreLineKind.BonusCap, bonus.Id, null, bonus.Cap - sum, $"{bonus.Name}加分{Format(sum)}分，超过上限{Format(bonus.Cap)}分，扣回{Format(sum - bonus.Cap)}分"));
                sum = bonus.Cap;
            }

            bonusTotal += sum;
        }

        if (bonusTotal > rules.BonusCap)
        {
            lines.Add(new ScoreLine(ScoreLineKind.BonusCap, "bonusCap", null, rules.BonusCap - bonusTotal, $"加分合计{Format(bonusTotal)}分，超过总上限{Format(rules.BonusCap)}分，扣回{Format(bonusTotal - rules.BonusCap)}分"));
        }

        var unrounded = Sum(lines);
        var total = rules.Round(unrounded);
        if (total != unrounded)
        {
            lines.Add(new ScoreLine(ScoreLineKind.Rounding, "rounding", null, total - unrounded, $"{Format(unrounded)}分按{rules.RoundingDecimals}位小数（{rules.RoundingMode}）取整为{Format(total)}分"));
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
                    return new VetoOutcome(veto.Id, f.Id, null, $"一票否决：{veto.Name}（问题{f.Id}），等次定为{RuleSet.LowestBand.Name}", veto.Citation);
                }
            }

            foreach (var e in veto.Events.Where(e => events.Contains(e, StringComparer.Ordinal)).Take(1))
            {
                return new VetoOutcome(veto.Id, null, e, $"一票否决：{veto.Name}（事件{e}），等次定为{RuleSet.LowestBand.Name}", veto.Citation);
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

    /// <summary>Formats a score without trailing zeros, invariantly (3.0 → "3", 0.750 → "0.75").</summary>
    internal static string Format(decimal value)
    {
        if (value == decimal.Truncate(value) && value is >= long.MinValue and <= long.MaxValue)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        // Dividing by 1 with 28 decimal zeros drops the trailing zeros of the scale.
        return (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
    }
}
