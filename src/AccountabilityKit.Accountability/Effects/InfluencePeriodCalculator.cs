using System.Collections.Immutable;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Accountability.Effects;

/// <summary>
/// Computes influence periods (影响期) from the pack. Month arithmetic is calendar arithmetic with NodaTime's
/// <see cref="LocalDate.PlusMonths"/>: the same day N months later, or the last day of that month when it is shorter —
/// 31 August + 6 months lifts on 28 February (29 in a leap year), and the last barred day is the day before. A period of
/// N months that starts on day S therefore covers [S, S + N months). The unexpired rest carried into a new sanction
/// (DPR2023 Art. 21) is counted in days and added after the new period's months.
/// </summary>
public static class InfluencePeriodCalculator
{
    private static readonly Citation CandidacyArticle = Citation.Parse("CSR2019 Art. 24 item 6");
    private static readonly Citation AccumulationArticle = Citation.Parse("DPR2023 Art. 21");
    private static readonly Citation ProbationArticle = Citation.Parse("DPR2023 Art. 12");

    /// <summary>The effects of one decided measure, plus the candidacy bar (CSR2019 Art. 24 item 6) while any bar runs.</summary>
    /// <param name="pack">The regulation pack.</param>
    /// <param name="measure">The decided measure.</param>
    /// <returns>The effects, in pack order, the candidacy bar last.</returns>
    /// <exception cref="ValidationFailedException">The measure lacks its kind, or a probation has no valid length (code AC030 / AC032).</exception>
    public static ImmutableArray<InfluenceEffect> EffectsOf(RegulationPack pack, DecidedMeasure measure) =>
        EffectsOf(pack, measure, []);

    /// <summary>
    /// The effects of a new measure decided while earlier effects may still run: when both are disciplinary sanctions,
    /// the unexpired rest of each running bar of the same kind is added to the new one (DPR2023 Art. 21).
    /// </summary>
    /// <param name="pack">The regulation pack.</param>
    /// <param name="measure">The new measure.</param>
    /// <param name="running">The effects of earlier measures.</param>
    /// <returns>The effects of the new measure.</returns>
    public static ImmutableArray<InfluenceEffect> EffectsOf(RegulationPack pack, DecidedMeasure measure, IEnumerable<InfluenceEffect> running)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(running);
        Check(pack, measure);
        var start = measure.EffectiveOn;
        var result = new List<InfluenceEffect>();
        var earlier = running.ToList();
        var rules = pack.InfluencePeriodsFor(measure.Form, measure.Adjustment, measure.Sanction).ToList();
        var probationMonths = measure.Sanction == DisciplinarySanction.ProbationWithinParty ? measure.ProbationMonths!.Value : 0;
        foreach (var rule in rules)
        {
            if (rule.Effect == EffectKind.NoExcellentGrade)
            {
                var year = AssessmentYear.FromDate(start);
                result.Add(new InfluenceEffect(rule.Effect, measure.Form, year.FirstDay, year.LastDay.PlusDays(1), rule.Citation, rule.Status, rule.Id, Catalog.Of(nameof(Messages.InfluenceWholeYear), ("year", year))));
                continue;
            }

            var from = start;
            var months = rule.Months;
            var reason = Catalog.Of(nameof(Messages.InfluenceMonthsFrom), ("months", months), ("start", start));
            if (rule.Effect == EffectKind.Probation)
            {
                months = probationMonths;
                reason = Catalog.Of(nameof(Messages.InfluenceProbation), ("months", months), ("start", start), ("max", rule.Months));
            }
            else if (measure.Sanction == DisciplinarySanction.ProbationWithinParty)
            {
                from = start.PlusMonths(probationMonths);
                reason = Catalog.Of(nameof(Messages.InfluenceFromRestoration), ("months", months), ("from", from));
            }

            var lifts = from.PlusMonths(months);
            if (measure.Form == AccountabilityForm.DisciplinarySanction && rule.Effect != EffectKind.Probation)
            {
                foreach (var old in earlier.Where(e => e.Effect == rule.Effect && e.Form == AccountabilityForm.DisciplinarySanction && e.AppliesOn(start)))
                {
                    var rest = Period.Between(start, old.LiftsOn, PeriodUnits.Days).Days;
                    lifts = lifts.PlusDays(rest);
                    reason = Catalog.Of(nameof(Messages.InfluenceAccumulated), ("reason", reason), ("days", rest), ("until", old.LiftsOn), ("citation", AccumulationArticle));
                }
            }

            result.Add(new InfluenceEffect(rule.Effect, measure.Form, from, lifts, rule.Citation, rule.Status, rule.Id, Catalog.Of(nameof(Messages.InfluenceLifts), ("reason", reason), ("lifts", lifts))));
        }

        var bars = result.Where(static e => e.Effect is EffectKind.PromotionBan or EffectKind.NoEquivalentOrHigherPost or EffectKind.NoLeadershipPost or EffectKind.NoPostAboveFormerLevel or EffectKind.Probation).ToList();
        if (bars.Count > 0)
        {
            var lifts = bars.Max(static e => e.LiftsOn);
            result.Add(new InfluenceEffect(EffectKind.CandidacyBar, measure.Form, start, lifts, CandidacyArticle, VerificationStatus.Verified, null,
                Catalog.Of(nameof(Messages.InfluenceCandidacyBar), ("lifts", lifts))));
        }

        return [.. result];
    }

    private static void Check(RegulationPack pack, DecidedMeasure m)
    {
        // Paths are parameter names (this validates arguments, not a document).
        var issues = new ValidationReportBuilder();
        if (!Enum.IsDefined(m.Form) || (m.Adjustment is { } a && !Enum.IsDefined(a)) || (m.Sanction is { } s && !Enum.IsDefined(s)))
        {
            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.UndefinedEnumValue, "form", Catalog.Of(nameof(Messages.MeasureValueUndefined))));
        }

        if ((m.Form == AccountabilityForm.OrganizationalAdjustment) != m.Adjustment.HasValue)
        {
            issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.FormKindMismatch, "adjustment", Catalog.Of(nameof(Messages.MeasureAdjustmentKind))));
        }

        if ((m.Form == AccountabilityForm.DisciplinarySanction) != m.Sanction.HasValue)
        {
            issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.FormKindMismatch, "sanction", Catalog.Of(nameof(Messages.MeasureSanctionKind))));
        }

        if (m.Sanction == DisciplinarySanction.ProbationWithinParty)
        {
            var max = pack.InfluencePeriodsFor(m.Form, null, m.Sanction).Where(static r => r.Effect == EffectKind.Probation).Select(static r => r.Months).DefaultIfEmpty(24).Max();
            if (m.ProbationMonths is not { } months || months < 1 || months > max)
            {
                issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, "probationMonths", Catalog.Of(nameof(Messages.ProbationLength), ("max", max)), ProbationArticle));
            }
        }
        else if (m.ProbationMonths is not null)
        {
            issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, "probationMonths", Catalog.Of(nameof(Messages.ProbationLengthNotAllowed)), ProbationArticle));
        }

        issues.Build().ThrowIfInvalid();
    }
}
