using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>Checks a rule-set document and reports every semantic problem at once, with JSON paths.</summary>
internal static class ScoringRuleSetValidator
{
    private const int MaxDecimals = 4;

    /// <summary>The largest point value of a rule set (base score, floor, bonus cap, deductions, caps, bonus points, overdue points).</summary>
    internal const decimal MaxPoints = 1_000_000m;

    /// <summary>The largest magnitude of a grade-band bound (the top band may end above base score + bonus cap).</summary>
    internal const decimal MaxBandBound = 10_000_000m;

    /// <summary>The largest repeat factor.</summary>
    internal const decimal MaxRepeatFactor = 100m;

    /// <summary>The largest number of days in the follow-up policy (ten years).</summary>
    internal const int MaxDays = 3660;

    public static ValidationReport Validate(ScoringRuleSetDocument d)
    {
        var issues = new ValidationReportBuilder();
        Text(issues, d.Id, "id");
        Text(issues, d.Version, "version");
        Text(issues, d.Name, "name");
        if (d.EffectiveTo < d.EffectiveFrom)
        {
            issues.Error(AssessmentIssueCodes.InvalidEffectivePeriod, "effectiveTo", Catalog.Of(nameof(Messages.EffectivePeriodReversed), ("to", d.EffectiveTo), ("from", d.EffectiveFrom)));
        }

        var pointsInRange = NonNegative(issues, d.BaseScore, "baseScore");
        pointsInRange &= NonNegative(issues, d.Floor, "floor");
        pointsInRange &= NonNegative(issues, d.BonusCap, "bonusCap");
        if (d.Floor > d.BaseScore)
        {
            issues.Error(AssessmentIssueCodes.FloorAboveBase, "floor", Catalog.Of(nameof(Messages.FloorAboveBase), ("floor", d.Floor), ("base", d.BaseScore)));
        }

        var decimalsValid = d.Rounding.Decimals is >= 0 and <= MaxDecimals;
        if (!decimalsValid)
        {
            issues.Error(AssessmentIssueCodes.InvalidRounding, "rounding.decimals", Catalog.Of(nameof(Messages.RoundingDecimalsOutOfRange), ("max", MaxDecimals), ("decimals", d.Rounding.Decimals)));
        }

        if (!Enum.IsDefined(d.Rounding.Mode))
        {
            issues.Error(AssessmentIssueCodes.InvalidRounding, "rounding.mode", Catalog.Of(nameof(Messages.RoundingModeUndefined), ("value", (long)d.Rounding.Mode)));
        }

        void Representable(decimal value, string path)
        {
            if (decimalsValid && Math.Round(value, d.Rounding.Decimals, MidpointRounding.ToZero) != value)
            {
                issues.Error(AssessmentIssueCodes.InvalidRounding, path, Catalog.Of(nameof(Messages.ValueTooPrecise), ("value", value), ("decimals", d.Rounding.Decimals)));
            }
        }

        Representable(d.BaseScore, "baseScore");
        Representable(d.Floor, "floor");
        Representable(d.BonusCap, "bonusCap");

        ValidateGroups(d, issues);
        var codes = ValidateCategories(d, issues);
        if (d.Repeat.Factor < 1)
        {
            issues.Error(AssessmentIssueCodes.InvalidRepeatFactor, "repeat.factor", Catalog.Of(nameof(Messages.RepeatFactorBelowOne), ("factor", d.Repeat.Factor)));
        }
        else
        {
            InRange(issues, d.Repeat.Factor, 1m, MaxRepeatFactor, "repeat.factor");
        }

        NonNegative(issues, d.Overdue.PerItem, "overdue.perItem");
        NonNegative(issues, d.Overdue.Cap, "overdue.cap");
        ValidateBonuses(d, issues);
        ValidateVetoes(d, issues, codes);
        if (d.FollowUp is { } followUp)
        {
            var section = issues.Under("followUp");
            if (followUp.ReminderTalkAfterOverdueDays < 0)
            {
                section.Error(AssessmentIssueCodes.InvalidEscalationPolicy, "reminderTalkAfterOverdueDays", Catalog.Of(nameof(Messages.NegativeDays), ("days", followUp.ReminderTalkAfterOverdueDays)));
            }
            else
            {
                InRange(section, followUp.ReminderTalkAfterOverdueDays, 0m, MaxDays, "reminderTalkAfterOverdueDays");
            }

            if (followUp.LetterToLeaderSources.Count == 0)
            {
                section.Error(AssessmentIssueCodes.InvalidEscalationPolicy, "letterToLeaderSources", Catalog.Of(nameof(Messages.NoLetterSources)));
            }
        }

        ValidateBands(d, issues, decimalsValid, pointsInRange);
        ValidateAnnual(d.Annual, issues.Under("annual"));
        return issues.Build();
    }

    private static void Text(ValidationReportBuilder issues, string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            issues.Error(AssessmentIssueCodes.EmptyRuleText, path, Catalog.Of(nameof(Messages.EmptyText)));
        }
    }

    /// <summary>A point value: negative is <c>AS013</c>, above <see cref="MaxPoints"/> is <c>AS017</c>. True when in range.</summary>
    private static bool NonNegative(ValidationReportBuilder issues, decimal value, string path)
    {
        if (value < 0)
        {
            issues.Error(AssessmentIssueCodes.NegativeValue, path, Catalog.Of(nameof(Messages.NegativeValue), ("value", value)));
            return false;
        }

        return InRange(issues, value, 0m, MaxPoints, path);
    }

    /// <summary>A number outside <paramref name="min"/>..<paramref name="max"/> is <c>AS017</c> (checked before any arithmetic on it). True when in range.</summary>
    private static bool InRange(ValidationReportBuilder issues, decimal value, decimal min, decimal max, string path)
    {
        if (value >= min && value <= max)
        {
            return true;
        }

        issues.Error(AssessmentIssueCodes.ValueOutOfRange, path, Catalog.Of(nameof(Messages.ValueOutOfRange), ("value", value), ("min", min), ("max", max)));
        return false;
    }

    private static void Cite(ValidationReportBuilder issues, Citation? citation, string path)
    {
        if (citation is { } c)
        {
            issues.AddRange(RegulationRegistry.Default.Validate(c, issues.PathOf(path)));
        }
    }

    private static void ValidateGroups(ScoringRuleSetDocument d, ValidationReportBuilder issues)
    {
        var groupIds = new HashSet<string>(StringComparer.Ordinal);
        var kindOwner = new Dictionary<UnitKind, string>();
        for (var i = 0; i < d.UnitGroups.Count; i++)
        {
            var g = d.UnitGroups[i];
            var group = issues.At("unitGroups", i);
            Text(group, g.Id, "id");
            Text(group, g.Name, "name");
            if (!string.IsNullOrWhiteSpace(g.Id) && !groupIds.Add(g.Id))
            {
                group.Error(AssessmentIssueCodes.DuplicateRuleItem, "id", Catalog.Of(nameof(Messages.DuplicateUnitGroupId), ("id", g.Id)));
            }

            if (g.UnitKinds.Count == 0)
            {
                group.Error(AssessmentIssueCodes.InvalidUnitGroup, "unitKinds", Catalog.Of(nameof(Messages.UnitGroupWithoutKinds)));
            }

            for (var k = 0; k < g.UnitKinds.Count; k++)
            {
                if (kindOwner.TryGetValue(g.UnitKinds[k], out var other))
                {
                    group.At("unitKinds", k).Error(AssessmentIssueCodes.InvalidUnitGroup, string.Empty, Catalog.Of(nameof(Messages.UnitKindInTwoGroups), MessageArgument.Of("kind", g.UnitKinds[k]), ("group", other)));
                }
                else
                {
                    kindOwner[g.UnitKinds[k]] = g.Id;
                }
            }
        }

        if (d.UnitGroups.Count == 0)
        {
            issues.Error(AssessmentIssueCodes.InvalidUnitGroup, "unitGroups", Catalog.Of(nameof(Messages.NoUnitGroups)));
        }
    }

    private static HashSet<string> ValidateCategories(ScoringRuleSetDocument d, ValidationReportBuilder issues)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Categories.Count; i++)
        {
            var c = d.Categories[i];
            var category = issues.At("categories", i);
            Text(category, c.Code, "code");
            Text(category, c.Name, "name");
            if (!string.IsNullOrWhiteSpace(c.Code) && !codes.Add(c.Code))
            {
                category.Error(AssessmentIssueCodes.DuplicateRuleItem, "code", Catalog.Of(nameof(Messages.DuplicateCategoryCode), ("id", c.Code)));
            }

            NonNegative(category, c.Deductions.Minor, "deductions.minor");
            NonNegative(category, c.Deductions.General, "deductions.general");
            NonNegative(category, c.Deductions.Serious, "deductions.serious");
            NonNegative(category, c.Cap, "cap");
            Cite(category, c.Citation, "citation");
        }

        return codes;
    }

    private static void ValidateBonuses(ScoringRuleSetDocument d, ValidationReportBuilder issues)
    {
        var bonusIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Bonuses.Count; i++)
        {
            var b = d.Bonuses[i];
            var bonus = issues.At("bonuses", i);
            Text(bonus, b.Id, "id");
            Text(bonus, b.Name, "name");
            if (!string.IsNullOrWhiteSpace(b.Id) && !bonusIds.Add(b.Id))
            {
                bonus.Error(AssessmentIssueCodes.DuplicateRuleItem, "id", Catalog.Of(nameof(Messages.DuplicateBonusId), ("id", b.Id)));
            }

            NonNegative(bonus, b.Points, "points");
            NonNegative(bonus, b.Cap, "cap");
        }
    }

    private static void ValidateVetoes(ScoringRuleSetDocument d, ValidationReportBuilder issues, HashSet<string> codes)
    {
        var vetoIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Vetoes.Count; i++)
        {
            var v = d.Vetoes[i];
            var veto = issues.At("vetoes", i);
            Text(veto, v.Id, "id");
            Text(veto, v.Name, "name");
            if (!string.IsNullOrWhiteSpace(v.Id) && !vetoIds.Add(v.Id))
            {
                veto.Error(AssessmentIssueCodes.DuplicateRuleItem, "id", Catalog.Of(nameof(Messages.DuplicateVetoId), ("id", v.Id)));
            }

            var categories = v.Categories ?? [];
            var events = v.Events ?? [];
            if (categories.Count == 0 && events.Count == 0)
            {
                veto.Error(AssessmentIssueCodes.EmptyVeto, string.Empty, Catalog.Of(nameof(Messages.EmptyVeto)), v.Citation);
            }

            for (var c = 0; c < categories.Count; c++)
            {
                if (!codes.Contains(categories[c]))
                {
                    veto.At("categories", c).Error(AssessmentIssueCodes.UnknownVetoCategory, string.Empty, Catalog.Of(nameof(Messages.VetoUnknownCategory), ("code", categories[c])), v.Citation);
                }
            }

            for (var e = 0; e < events.Count; e++)
            {
                Text(veto, events[e], JsonPaths.Index("events", e));
            }

            Cite(veto, v.Citation, "citation");
        }
    }

    private static void ValidateBands(ScoringRuleSetDocument d, ValidationReportBuilder issues, bool decimalsValid, bool pointsInRange)
    {
        if (d.GradeBands.Count == 0)
        {
            issues.Error(AssessmentIssueCodes.InvalidGradeBand, "gradeBands", Catalog.Of(nameof(Messages.NoGradeBands)));
            return;
        }

        var grades = new HashSet<Grade>();
        for (var i = 0; i < d.GradeBands.Count; i++)
        {
            var b = d.GradeBands[i];
            var band = issues.At("gradeBands", i);
            Text(band, b.Name, "name");
            if (!grades.Add(b.Grade))
            {
                band.Error(AssessmentIssueCodes.DuplicateRuleItem, "grade", Catalog.Of(nameof(Messages.DuplicateGradeBand), MessageArgument.Of("grade", b.Grade)));
            }

            InRange(band, b.MinScore, -MaxBandBound, MaxBandBound, "minScore");
            if (b.MaxScore is { } bound)
            {
                InRange(band, bound, -MaxBandBound, MaxBandBound, "maxScore");
            }

            if (b.MaxScore is { } max && max <= b.MinScore)
            {
                band.Error(AssessmentIssueCodes.InvalidGradeBand, "maxScore", Catalog.Of(nameof(Messages.EmptyGradeBand), ("max", max), ("min", b.MinScore)));
            }

            if (b.Quota is { } q && (q <= 0 || q > 1))
            {
                band.Error(AssessmentIssueCodes.InvalidQuota, "quota", Catalog.Of(nameof(Messages.QuotaOutOfRange), ("quota", q)));
            }

            if (decimalsValid && Math.Round(b.MinScore, d.Rounding.Decimals, MidpointRounding.ToZero) != b.MinScore)
            {
                band.Error(AssessmentIssueCodes.InvalidRounding, "minScore", Catalog.Of(nameof(Messages.BandBoundTooPrecise), ("value", b.MinScore), ("decimals", d.Rounding.Decimals)));
            }
        }

        // Order by minScore (descending) and check that each band ends exactly where the one above starts.
        var order = Enumerable.Range(0, d.GradeBands.Count).OrderByDescending(i => d.GradeBands[i].MinScore).ToList();
        for (var k = 1; k < order.Count; k++)
        {
            // The top band (k == 0) may be unbounded, or bounded at or above the highest reachable total.
            var band = d.GradeBands[order[k]];
            var at = issues.At("gradeBands", order[k]);
            var above = d.GradeBands[order[k - 1]];
            if (band.MaxScore is not { } max)
            {
                at.Error(AssessmentIssueCodes.InvalidGradeBand, "maxScore", Catalog.Of(nameof(Messages.MissingMaxScore)));
            }
            else if (max > above.MinScore)
            {
                at.Error(AssessmentIssueCodes.OverlappingGradeBands, "maxScore", Catalog.Of(nameof(Messages.GradeBandsOverlap), ("max", max), ("above", above.Name), ("min", above.MinScore)));
            }
            else if (max < above.MinScore)
            {
                at.Error(AssessmentIssueCodes.GappedGradeBands, "maxScore", Catalog.Of(nameof(Messages.GradeBandsGap), ("max", max), ("above", above.Name), ("min", above.MinScore)));
            }
        }

        var lowest = d.GradeBands[order[^1]];
        if (lowest.MinScore > d.Floor)
        {
            issues.At("gradeBands", order[^1]).Error(AssessmentIssueCodes.GappedGradeBands, "minScore", Catalog.Of(nameof(Messages.LowestBandAboveFloor), ("min", lowest.MinScore), ("floor", d.Floor)));
        }

        var top = d.GradeBands[order[0]];
        if (!pointsInRange)
        {
            return; // base score + bonus cap is only computed from values within their ranges
        }

        var highest = d.BaseScore + d.BonusCap;
        if (top.MaxScore is { } topMax && topMax <= highest)
        {
            issues.At("gradeBands", order[0]).Error(AssessmentIssueCodes.GappedGradeBands, "maxScore", Catalog.Of(nameof(Messages.TopBandTooLow), ("max", topMax), ("highest", highest)));
        }
    }

    private static void ValidateAnnual(AnnualDocument a, ValidationReportBuilder annual)
    {
        void Error(string path, Message message) => annual.Error(AssessmentIssueCodes.InvalidWeights, path, message);
        if (a.QuarterWeights.Count != 4)
        {
            Error("quarterWeights", Catalog.Of(nameof(Messages.QuarterWeightCount), ("count", a.QuarterWeights.Count)));
        }
        else
        {
            var weightsInRange = true;
            for (var i = 0; i < 4; i++)
            {
                if (a.QuarterWeights[i] < 0)
                {
                    Error(JsonPaths.Index("quarterWeights", i), Catalog.Of(nameof(Messages.NegativeWeight), ("weight", a.QuarterWeights[i])));
                    weightsInRange = false;
                }
                else
                {
                    weightsInRange &= InRange(annual, a.QuarterWeights[i], 0m, 1m, JsonPaths.Index("quarterWeights", i));
                }
            }

            var sum = weightsInRange ? a.QuarterWeights.Sum() : 1m;
            if (sum != 1m)
            {
                Error("quarterWeights", Catalog.Of(nameof(Messages.QuarterWeightsSum), ("sum", sum)));
            }
        }

        var routineInRange = a.RoutineWeight < 0
            ? Fail("routineWeight", a.RoutineWeight)
            : InRange(annual, a.RoutineWeight, 0m, 1m, "routineWeight");
        var yearEndInRange = a.YearEndWeight < 0
            ? Fail("yearEndWeight", a.YearEndWeight)
            : InRange(annual, a.YearEndWeight, 0m, 1m, "yearEndWeight");

        bool Fail(string path, decimal weight)
        {
            Error(path, Catalog.Of(nameof(Messages.NegativeWeight), ("weight", weight)));
            return false;
        }

        if (routineInRange && yearEndInRange && a.RoutineWeight + a.YearEndWeight != 1m)
        {
            Error("yearEndWeight", Catalog.Of(nameof(Messages.RoutineYearEndWeightsSum), ("sum", a.RoutineWeight + a.YearEndWeight)));
        }

        if (!Enum.IsDefined(a.MissingQuarters))
        {
            Error("missingQuarters", Catalog.Of(nameof(Messages.MissingQuarterPolicyUndefined), ("value", (long)a.MissingQuarters)));
        }
    }
}
