using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>Checks a rule-set document and reports every semantic problem at once, with JSON paths.</summary>
internal static class ScoringRuleSetValidator
{
    private const int MaxDecimals = 4;

    public static ValidationReport Validate(ScoringRuleSetDocument d)
    {
        var issues = new List<ValidationIssue>();
        void Error(string code, string path, string message) => issues.Add(ValidationIssue.Error(code, path, message));
        void Text(string? value, string path)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Error(AssessmentIssueCodes.EmptyRuleText, path, "The text must not be empty.");
            }
        }

        void NonNegative(decimal value, string path)
        {
            if (value < 0)
            {
                Error(AssessmentIssueCodes.NegativeValue, path, $"The value {value} must not be negative.");
            }
        }

        void Cite(Citation? citation, string path)
        {
            if (citation is { } c)
            {
                issues.AddRange(RegulationRegistry.Default.Validate(c, path).Issues);
            }
        }

        Text(d.Id, "$.id");
        Text(d.Version, "$.version");
        Text(d.Name, "$.name");
        if (d.EffectiveTo < d.EffectiveFrom)
        {
            Error(AssessmentIssueCodes.InvalidEffectivePeriod, "$.effectiveTo", $"The period ends ({d.EffectiveTo}) before it starts ({d.EffectiveFrom}).");
        }

        NonNegative(d.BaseScore, "$.baseScore");
        NonNegative(d.Floor, "$.floor");
        NonNegative(d.BonusCap, "$.bonusCap");
        if (d.Floor > d.BaseScore)
        {
            Error(AssessmentIssueCodes.FloorAboveBase, "$.floor", $"The floor {d.Floor} is above the base score {d.BaseScore}.");
        }

        var decimalsValid = d.Rounding.Decimals is >= 0 and <= MaxDecimals;
        if (!decimalsValid)
        {
            Error(AssessmentIssueCodes.InvalidRounding, "$.rounding.decimals", $"Decimals must be between 0 and {MaxDecimals}; got {d.Rounding.Decimals}.");
        }

        if (!Enum.IsDefined(d.Rounding.Mode))
        {
            Error(AssessmentIssueCodes.InvalidRounding, "$.rounding.mode", $"'{d.Rounding.Mode}' is not a rounding mode.");
        }

        void Representable(decimal value, string path)
        {
            if (decimalsValid && Math.Round(value, d.Rounding.Decimals, MidpointRounding.ToZero) != value)
            {
                Error(AssessmentIssueCodes.InvalidRounding, path, $"{value} has more decimals than the rounding keeps ({d.Rounding.Decimals}); the bounds of the total must survive rounding.");
            }
        }

        Representable(d.BaseScore, "$.baseScore");
        Representable(d.Floor, "$.floor");
        Representable(d.BonusCap, "$.bonusCap");

        // Unit groups.
        var groupIds = new HashSet<string>(StringComparer.Ordinal);
        var kindOwner = new Dictionary<UnitKind, string>();
        for (var i = 0; i < d.UnitGroups.Count; i++)
        {
            var g = d.UnitGroups[i];
            var path = JsonPaths.Index("$.unitGroups", i);
            Text(g.Id, path + ".id");
            Text(g.Name, path + ".name");
            if (!string.IsNullOrWhiteSpace(g.Id) && !groupIds.Add(g.Id))
            {
                Error(AssessmentIssueCodes.DuplicateRuleItem, path + ".id", $"The unit group id '{g.Id}' is used twice.");
            }

            if (g.UnitKinds.Count == 0)
            {
                Error(AssessmentIssueCodes.InvalidUnitGroup, path + ".unitKinds", "A unit group needs at least one unit kind.");
            }

            for (var k = 0; k < g.UnitKinds.Count; k++)
            {
                if (kindOwner.TryGetValue(g.UnitKinds[k], out var other))
                {
                    Error(AssessmentIssueCodes.InvalidUnitGroup, JsonPaths.Index(path + ".unitKinds", k), $"The unit kind '{g.UnitKinds[k]}' already belongs to the group '{other}'.");
                }
                else
                {
                    kindOwner[g.UnitKinds[k]] = g.Id;
                }
            }
        }

        if (d.UnitGroups.Count == 0)
        {
            Error(AssessmentIssueCodes.InvalidUnitGroup, "$.unitGroups", "A rule set needs at least one unit group.");
        }

        // Categories.
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Categories.Count; i++)
        {
            var c = d.Categories[i];
            var path = JsonPaths.Index("$.categories", i);
            Text(c.Code, path + ".code");
            Text(c.Name, path + ".name");
            if (!string.IsNullOrWhiteSpace(c.Code) && !codes.Add(c.Code))
            {
                Error(AssessmentIssueCodes.DuplicateRuleItem, path + ".code", $"The category code '{c.Code}' is used twice.");
            }

            NonNegative(c.Deductions.Minor, path + ".deductions.minor");
            NonNegative(c.Deductions.General, path + ".deductions.general");
            NonNegative(c.Deductions.Serious, path + ".deductions.serious");
            NonNegative(c.Cap, path + ".cap");
            Cite(c.Citation, path + ".citation");
        }

        if (d.Repeat.Factor < 1)
        {
            Error(AssessmentIssueCodes.InvalidRepeatFactor, "$.repeat.factor", $"The repeat factor {d.Repeat.Factor} must be at least 1 (a repeat never weighs less).");
        }

        NonNegative(d.Overdue.PerItem, "$.overdue.perItem");
        NonNegative(d.Overdue.Cap, "$.overdue.cap");

        // Bonuses.
        var bonusIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Bonuses.Count; i++)
        {
            var b = d.Bonuses[i];
            var path = JsonPaths.Index("$.bonuses", i);
            Text(b.Id, path + ".id");
            Text(b.Name, path + ".name");
            if (!string.IsNullOrWhiteSpace(b.Id) && !bonusIds.Add(b.Id))
            {
                Error(AssessmentIssueCodes.DuplicateRuleItem, path + ".id", $"The bonus id '{b.Id}' is used twice.");
            }

            NonNegative(b.Points, path + ".points");
            NonNegative(b.Cap, path + ".cap");
        }

        // Vetoes.
        var vetoIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Vetoes.Count; i++)
        {
            var v = d.Vetoes[i];
            var path = JsonPaths.Index("$.vetoes", i);
            Text(v.Id, path + ".id");
            Text(v.Name, path + ".name");
            if (!string.IsNullOrWhiteSpace(v.Id) && !vetoIds.Add(v.Id))
            {
                Error(AssessmentIssueCodes.DuplicateRuleItem, path + ".id", $"The veto id '{v.Id}' is used twice.");
            }

            var categories = v.Categories ?? [];
            var events = v.Events ?? [];
            if (categories.Count == 0 && events.Count == 0)
            {
                Error(AssessmentIssueCodes.EmptyVeto, path, "A veto needs at least one category or event.");
            }

            for (var c = 0; c < categories.Count; c++)
            {
                if (!codes.Contains(categories[c]))
                {
                    Error(AssessmentIssueCodes.UnknownVetoCategory, JsonPaths.Index(path + ".categories", c), $"The veto names the category '{categories[c]}', which the rule set does not define.");
                }
            }

            for (var e = 0; e < events.Count; e++)
            {
                Text(events[e], JsonPaths.Index(path + ".events", e));
            }

            Cite(v.Citation, path + ".citation");
        }

        if (d.FollowUp is { } followUp)
        {
            if (followUp.ReminderTalkAfterOverdueDays < 0)
            {
                Error(AssessmentIssueCodes.InvalidEscalationPolicy, "$.followUp.reminderTalkAfterOverdueDays", $"The number of days {followUp.ReminderTalkAfterOverdueDays} must not be negative.");
            }

            if (followUp.LetterToLeaderSources.Count == 0)
            {
                Error(AssessmentIssueCodes.InvalidEscalationPolicy, "$.followUp.letterToLeaderSources", "At least one finding source must lead to a letter to the leader in charge.");
            }
        }

        ValidateBands(d, issues, decimalsValid);
        ValidateAnnual(d.Annual, issues);
        return ValidationReport.From(issues);
    }

    private static void ValidateBands(ScoringRuleSetDocument d, List<ValidationIssue> issues, bool decimalsValid)
    {
        void Error(string code, string path, string message) => issues.Add(ValidationIssue.Error(code, path, message));
        if (d.GradeBands.Count == 0)
        {
            Error(AssessmentIssueCodes.InvalidGradeBand, "$.gradeBands", "A rule set needs at least one grade band.");
            return;
        }

        var grades = new HashSet<Grade>();
        for (var i = 0; i < d.GradeBands.Count; i++)
        {
            var b = d.GradeBands[i];
            var path = JsonPaths.Index("$.gradeBands", i);
            if (string.IsNullOrWhiteSpace(b.Name))
            {
                Error(AssessmentIssueCodes.EmptyRuleText, path + ".name", "The text must not be empty.");
            }

            if (!grades.Add(b.Grade))
            {
                Error(AssessmentIssueCodes.DuplicateRuleItem, path + ".grade", $"The grade '{b.Grade}' has two bands.");
            }

            if (b.MaxScore is { } max && max <= b.MinScore)
            {
                Error(AssessmentIssueCodes.InvalidGradeBand, path + ".maxScore", $"The band is empty: maxScore {max} is not above minScore {b.MinScore}.");
            }

            if (b.Quota is { } q && (q <= 0 || q > 1))
            {
                Error(AssessmentIssueCodes.InvalidQuota, path + ".quota", $"The quota {q} must be a share in (0, 1].");
            }

            if (decimalsValid && Math.Round(b.MinScore, d.Rounding.Decimals, MidpointRounding.ToZero) != b.MinScore)
            {
                Error(AssessmentIssueCodes.InvalidRounding, path + ".minScore", $"{b.MinScore} has more decimals than the rounding keeps ({d.Rounding.Decimals}).");
            }
        }

        // Order by minScore (descending) and check that each band ends exactly where the one above starts.
        var order = Enumerable.Range(0, d.GradeBands.Count).OrderByDescending(i => d.GradeBands[i].MinScore).ToList();
        for (var k = 0; k < order.Count; k++)
        {
            var i = order[k];
            var band = d.GradeBands[i];
            var path = JsonPaths.Index("$.gradeBands", i);
            if (k == 0)
            {
                continue; // the top band may be unbounded, or bounded at or above the highest reachable total
            }

            var above = d.GradeBands[order[k - 1]];
            if (band.MaxScore is not { } max)
            {
                Error(AssessmentIssueCodes.InvalidGradeBand, path + ".maxScore", "Only the top band may omit maxScore.");
            }
            else if (max > above.MinScore)
            {
                Error(AssessmentIssueCodes.OverlappingGradeBands, path + ".maxScore", $"The band ends below {max} but the band '{above.Name}' starts at {above.MinScore}: they overlap.");
            }
            else if (max < above.MinScore)
            {
                Error(AssessmentIssueCodes.GappedGradeBands, path + ".maxScore", $"The band ends below {max} but the band '{above.Name}' starts at {above.MinScore}: scores in between have no grade.");
            }
        }

        var lowest = d.GradeBands[order[^1]];
        if (lowest.MinScore > d.Floor)
        {
            Error(AssessmentIssueCodes.GappedGradeBands, JsonPaths.Index("$.gradeBands", order[^1]) + ".minScore", $"The lowest band starts at {lowest.MinScore}, above the floor {d.Floor}: scores in between have no grade.");
        }

        var top = d.GradeBands[order[0]];
        var highest = d.BaseScore + d.BonusCap;
        if (top.MaxScore is { } topMax && topMax <= highest)
        {
            Error(AssessmentIssueCodes.GappedGradeBands, JsonPaths.Index("$.gradeBands", order[0]) + ".maxScore", $"The top band ends below {topMax} but a total can reach {highest}: omit maxScore or raise it.");
        }
    }

    private static void ValidateAnnual(AnnualDocument a, List<ValidationIssue> issues)
    {
        void Error(string path, string message) => issues.Add(ValidationIssue.Error(AssessmentIssueCodes.InvalidWeights, path, message));
        if (a.QuarterWeights.Count != 4)
        {
            Error("$.annual.quarterWeights", $"There must be four quarter weights (Q1..Q4); got {a.QuarterWeights.Count}.");
        }
        else
        {
            for (var i = 0; i < 4; i++)
            {
                if (a.QuarterWeights[i] < 0)
                {
                    Error(JsonPaths.Index("$.annual.quarterWeights", i), $"The weight {a.QuarterWeights[i]} must not be negative.");
                }
            }

            var sum = a.QuarterWeights.Sum();
            if (sum != 1m)
            {
                Error("$.annual.quarterWeights", $"The quarter weights sum to {sum}, not 1.");
            }
        }

        if (a.RoutineWeight < 0)
        {
            Error("$.annual.routineWeight", $"The weight {a.RoutineWeight} must not be negative.");
        }

        if (a.YearEndWeight < 0)
        {
            Error("$.annual.yearEndWeight", $"The weight {a.YearEndWeight} must not be negative.");
        }

        if (a.RoutineWeight + a.YearEndWeight != 1m)
        {
            Error("$.annual.yearEndWeight", $"routineWeight + yearEndWeight = {a.RoutineWeight + a.YearEndWeight}, not 1.");
        }

        if (!Enum.IsDefined(a.MissingQuarters))
        {
            Error("$.annual.missingQuarters", $"'{a.MissingQuarters}' is not a missing-quarter policy.");
        }
    }
}
