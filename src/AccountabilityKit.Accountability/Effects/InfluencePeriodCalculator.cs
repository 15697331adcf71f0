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
/// N months that starts on day S therefore covers [S, S + N months).
/// </summary>
/// <remarks>
/// <para>
/// Which text applies is decided by the measure's <see cref="DecidedMeasure.EffectiveOn"/>. A pack entry that cites a
/// regulation not yet in force on that day (per <see cref="RegulationRegistry.Default"/>: its <c>EffectiveFrom</c> is
/// later) is applied and cited in the version it superseded, with the same article number — e.g. a warning of
/// 2022-05-01 under the ARR2019 pack cites <c>DPR2018 Art. 10</c>, not <c>DPR2023 Art. 10</c> (the 2023 text keeps the
/// 2018 numbers of Arts. 8–13; the digest marks Arts. 12–13 as inferred). A regulation with an unknown effective day is
/// taken to be in force.
/// </para>
/// <para>
/// Accumulation (DPR2023 Art. 21, new in the 2023 text, in force <see cref="AccumulationInForceFrom"/>): a sanction that
/// takes effect on or after that day while a bar of the same kind from an earlier sanction still runs starts its own
/// period when the running one ends — it lifts on the running bar's last day + 1 plus the new period in calendar months,
/// not on "new end + the remaining days" (which lands up to three days early when the months differ in length). A
/// sanction taking effect before that day is judged under the 2018 text, which has no accumulation rule: its period runs
/// from its own start and the running one is not added (assumption [P]: the digest finds accumulation only in the 2023
/// text; earlier sanctions are not re-judged when the 2023 text took effect).
/// </para>
/// </remarks>
public static class InfluencePeriodCalculator
{
    private static readonly Citation CandidacyArticle = Citation.Parse("CSR2019 Art. 24 item 6");
    private static readonly Citation AccumulationArticle = Citation.Parse("DPR2023 Art. 21");
    private static readonly Citation ProbationArticle = Citation.Parse("DPR2023 Art. 12");

    /// <summary>The day accumulation of influence periods (DPR2023 Art. 21) took effect: the effective day of the 2023 Disciplinary Regulations, 2024-01-01.</summary>
    public static LocalDate AccumulationInForceFrom { get; } =
        RegulationRegistry.Default.Get(RegulationKeys.DisciplinaryRegulations2023).EffectiveFrom ?? new LocalDate(2024, 1, 1);

    /// <summary>The effects of one decided measure, plus the candidacy bar (CSR2019 Art. 24 item 6) while any bar runs.</summary>
    /// <param name="pack">The regulation pack.</param>
    /// <param name="measure">The decided measure.</param>
    /// <returns>The effects, in pack order, the candidacy bar last.</returns>
    /// <exception cref="ValidationFailedException">The measure lacks its kind, or a probation has no valid length (code AC030 / AC032).</exception>
    public static ImmutableArray<InfluenceEffect> EffectsOf(RegulationPack pack, DecidedMeasure measure) =>
        EffectsOf(pack, measure, []);

    /// <summary>
    /// The effects of a new measure decided while earlier effects may still run: when both are disciplinary sanctions and
    /// the new one takes effect on or after <see cref="AccumulationInForceFrom"/>, its bar of each kind starts when the
    /// running bar of that kind ends (DPR2023 Art. 21); before that day the bars run side by side (the 2018 text).
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
                result.Add(new InfluenceEffect(rule.Effect, measure.Form, year.FirstDay, year.LastDay.PlusDays(1), InForceOn(rule.Citation, start), rule.Status, rule.Id, Catalog.Of(nameof(Messages.InfluenceWholeYear), ("year", year))));
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
            var citation = InForceOn(rule.Citation, start);
            if (measure.Form == AccountabilityForm.DisciplinarySanction && rule.Effect != EffectKind.Probation
                && earlier.Where(e => e.Effect == rule.Effect && e.Form == AccountabilityForm.DisciplinarySanction && e.AppliesOn(start)).MaxBy(static e => e.LiftsOn) is { } old)
            {
                if (start < AccumulationInForceFrom)
                {
                    reason = Catalog.Of(nameof(Messages.InfluenceNotAccumulated), ("reason", reason), ("until", old.LiftsOn), ("inForce", AccumulationInForceFrom), ("citation", AccumulationArticle));
                }
                else if (old.LiftsOn > from)
                {
                    lifts = old.LiftsOn.PlusMonths(months);
                    reason = Catalog.Of(nameof(Messages.InfluenceAccumulated), ("reason", reason), ("until", old.LiftsOn), ("months", months), ("citation", AccumulationArticle));
                }
            }

            result.Add(new InfluenceEffect(rule.Effect, measure.Form, from, lifts, citation, rule.Status, rule.Id, Catalog.Of(nameof(Messages.InfluenceLifts), ("reason", reason), ("lifts", lifts))));
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
                issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, "probationMonths", Catalog.Of(nameof(Messages.ProbationLength), ("max", max)), InForceOn(ProbationArticle, m.EffectiveOn)));
            }
        }
        else if (m.ProbationMonths is not null)
        {
            issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, "probationMonths", Catalog.Of(nameof(Messages.ProbationLengthNotAllowed)), ProbationArticle));
        }

        issues.Build().ThrowIfInvalid();
    }

    /// <summary>
    /// The citation in the version in force on <paramref name="date"/>: while the cited regulation had not yet taken effect,
    /// the version it superseded (same article), as far back as the registry knows.
    /// </summary>
    internal static Citation InForceOn(Citation citation, LocalDate date)
    {
        var registry = RegulationRegistry.Default;
        while (registry.TryGet(citation.RegulationKey, out var regulation)
            && regulation.EffectiveFrom is { } from && date < from
            && regulation.SupersedesKey is { } previous && registry.Contains(previous))
        {
            citation = new Citation(previous, citation.Article, citation.Clause, citation.Item);
        }

        return citation;
    }
}
