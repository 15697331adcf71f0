using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Effects;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;
using CsCheck;
using NodaTime;

namespace AccountabilityKit.Accountability.Tests.Effects;

public class InfluencePeriodCalculatorTests
{
    private static readonly RegulationPack Pack = BuiltInRegulationPacks.Arr2019;

    private static DecidedMeasure Sanction(DisciplinarySanction sanction, LocalDate on, int? probation = null) =>
        new() { Form = AccountabilityForm.DisciplinarySanction, Sanction = sanction, EffectiveOn = on, ProbationMonths = probation };

    private static DecidedMeasure Adjustment(OrganizationalAdjustmentKind kind, LocalDate on) =>
        new() { Form = AccountabilityForm.OrganizationalAdjustment, Adjustment = kind, EffectiveOn = on };

    [Fact]
    public void DPR2023_Art10_WarningBarsPromotionForOneYear()
    {
        var effects = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Warning, new LocalDate(2024, 3, 15)));

        var ban = effects.Single(e => e.Effect == EffectKind.PromotionBan);
        ban.StartsOn.Should().Be(new LocalDate(2024, 3, 15));
        ban.LiftsOn.Should().Be(new LocalDate(2025, 3, 15));
        ban.LastDay.Should().Be(new LocalDate(2025, 3, 14));
        ban.Citation.Should().Be(Citation.Parse("DPR2023 Art. 10"));
        ban.Status.Should().Be(VerificationStatus.Verified);
    }

    [Fact]
    public void DPR2023_Art10_SeriousWarningBarsPromotionFor18Months()
    {
        var ban = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.SeriousWarning, new LocalDate(2024, 1, 10))).Single(e => e.Effect == EffectKind.PromotionBan);

        ban.LiftsOn.Should().Be(new LocalDate(2025, 7, 10));
    }

    [Fact]
    public void MonthArithmetic_31AugustPlus6Months_LiftsOnTheLastDayOfFebruary()
    {
        var admonishment = new DecidedMeasure { Form = AccountabilityForm.Admonishment, EffectiveOn = new LocalDate(2021, 8, 31) };

        var effects = InfluencePeriodCalculator.EffectsOf(Pack, admonishment);

        var ban = effects.Single(e => e.Effect == EffectKind.PromotionBan);
        ban.LiftsOn.Should().Be(new LocalDate(2022, 2, 28));
        ban.Status.Should().Be(VerificationStatus.PartlyVerified, "the six months are confirmed only in local rules");
        ban.AppliesOn(new LocalDate(2022, 2, 27)).Should().BeTrue();
        ban.AppliesOn(new LocalDate(2022, 2, 28)).Should().BeFalse();
        var grade = effects.Single(e => e.Effect == EffectKind.NoExcellentGrade);
        grade.StartsOn.Should().Be(new LocalDate(2021, 1, 1));
        grade.LiftsOn.Should().Be(new LocalDate(2022, 1, 1));
        InfluencePeriodCalculator.EffectsOf(Pack, admonishment with { EffectiveOn = new LocalDate(2023, 8, 31) })
            .Single(e => e.Effect == EffectKind.PromotionBan).LiftsOn.Should().Be(new LocalDate(2024, 2, 29), "2024 is a leap year");
    }

    [Fact]
    public void DPR2023_Art11_RemovalFromPartyPost_NoEquivalentPostFor2Years()
    {
        var effect = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.RemovalFromPartyPost, new LocalDate(2024, 5, 1)))
            .Single(e => e.Effect == EffectKind.NoEquivalentOrHigherPost);

        effect.LiftsOn.Should().Be(new LocalDate(2026, 5, 1));
    }

    [Fact]
    public void DPR2023_Art12_Probation_Then2YearsFromRestoration()
    {
        var effects = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.ProbationWithinParty, new LocalDate(2024, 2, 1), probation: 12));

        effects.Single(e => e.Effect == EffectKind.Probation).LiftsOn.Should().Be(new LocalDate(2025, 2, 1));
        var after = effects.Single(e => e.Effect == EffectKind.NoEquivalentOrHigherPost);
        after.StartsOn.Should().Be(new LocalDate(2025, 2, 1));
        after.LiftsOn.Should().Be(new LocalDate(2027, 2, 1));
        effects.Single(e => e.Effect == EffectKind.CandidacyBar).LiftsOn.Should().Be(new LocalDate(2027, 2, 1));
    }

    [Fact]
    public void DPR2023_Art12_ProbationWithoutValidLength_IsRejected()
    {
        var act = () => InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.ProbationWithinParty, new LocalDate(2024, 2, 1), probation: 36));

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((AccountabilityIssueCodes.InvalidValue, "probationMonths"));
    }

    [Fact]
    public void DPR2023_Art13_Expulsion_NoReadmissionFor5Years()
    {
        InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Expulsion, new LocalDate(2024, 6, 30)))
            .Single(e => e.Effect == EffectKind.RejoinBan).LiftsOn.Should().Be(new LocalDate(2029, 6, 30));
    }

    [Fact]
    public void DPR2023_Art21_NewSanctionDuringARunningPeriod_StartsWhenTheRunningOneEnds()
    {
        var first = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Warning, new LocalDate(2024, 1, 1)));

        var second = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Warning, new LocalDate(2024, 10, 1)), first);

        // The first ban lifts on 2025-01-01; the new year runs from then: 2026-01-01.
        var ban = second.Single(e => e.Effect == EffectKind.PromotionBan);
        ban.LiftsOn.Should().Be(new LocalDate(2026, 1, 1));
        ban.Citation.Should().Be(Citation.Parse("DPR2023 Art. 10"));
        ban.Reason.Render(MessageCatalog.English).Should().Contain("the new 12 months run from 2025-01-01").And.Contain("DPR2023 Art. 21");
        ban.Reason.Render(MessageCatalog.Chinese).Should().Contain("接续计算 12 个月").And.Contain(Citation.Parse("DPR2023 Art. 21").ToChineseString());
    }

    [Fact]
    public void DPR2023_Art21_SixRemainingMonths_AddsCalendarMonthsNotDays()
    {
        // A warning of 2024-03-01 bars until 2025-03-01: on 2024-09-01 six months (181 days: Sep–Feb) remain.
        var first = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Warning, new LocalDate(2024, 3, 1)));

        var second = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.SeriousWarning, new LocalDate(2024, 9, 1)), first);

        // 18 months from 2025-03-01 = 2026-09-01; "new end 2026-03-01 + 181 days" would give 2026-08-29, three days early.
        second.Single(e => e.Effect == EffectKind.PromotionBan).LiftsOn.Should().Be(new LocalDate(2026, 9, 1));
    }

    [Fact]
    public void DPR2023_Art21_RunningPeriodEndingAtAMonthEnd_IsContinuedByCalendarMonths()
    {
        // A serious warning of 2024-08-31 lifts on 2026-02-28 (18 months, February is shorter).
        var first = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.SeriousWarning, new LocalDate(2024, 8, 31)));
        first.Single(e => e.Effect == EffectKind.PromotionBan).LiftsOn.Should().Be(new LocalDate(2026, 2, 28));

        var second = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Warning, new LocalDate(2025, 6, 1)), first);

        second.Single(e => e.Effect == EffectKind.PromotionBan).LiftsOn.Should().Be(new LocalDate(2027, 2, 28));
    }

    [Fact]
    public void DPR2018_SanctionBefore2024_DoesNotAccumulate_AndCitesThe2018Text()
    {
        var first = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Warning, new LocalDate(2023, 3, 1)));

        var second = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Warning, new LocalDate(2023, 9, 1)), first);

        var ban = second.Single(e => e.Effect == EffectKind.PromotionBan);
        ban.LiftsOn.Should().Be(new LocalDate(2024, 9, 1), "the 2018 text has no accumulation: the new year runs from its own start");
        ban.Citation.Should().Be(Citation.Parse("DPR2018 Art. 10"));
        first.Single(e => e.Effect == EffectKind.PromotionBan).Citation.Should().Be(Citation.Parse("DPR2018 Art. 10"));
        ban.Reason.Render(MessageCatalog.English).Should().Contain("is not added").And.Contain("2024-01-01");
        ban.Reason.Render(MessageCatalog.Chinese).Should().Contain("不累加");
    }

    [Fact]
    public void DPR2023_Art21_SanctionOfTheFirstDayInForce_AccumulatesOnAPeriodFrom2023()
    {
        var first = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Warning, new LocalDate(2023, 6, 1)));

        var onTheEve = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Warning, new LocalDate(2023, 12, 31)), first);
        var onTheDay = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Warning, new LocalDate(2024, 1, 1)), first);

        InfluencePeriodCalculator.AccumulationInForceFrom.Should().Be(new LocalDate(2024, 1, 1));
        onTheEve.Single(e => e.Effect == EffectKind.PromotionBan).LiftsOn.Should().Be(new LocalDate(2024, 12, 31));
        onTheDay.Single(e => e.Effect == EffectKind.PromotionBan).LiftsOn.Should().Be(new LocalDate(2025, 6, 1));
        onTheDay.Single(e => e.Effect == EffectKind.PromotionBan).Citation.Should().Be(Citation.Parse("DPR2023 Art. 10"));
    }

    [Fact]
    public void DPR2018_ProbationOf2022_IsCitedInThe2018Text()
    {
        var effects = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.ProbationWithinParty, new LocalDate(2022, 2, 1), probation: 12));

        effects.Where(e => e.RuleId is not null).Should().OnlyContain(e => e.Citation.RegulationKey == RegulationKeys.DisciplinaryRegulations2018);
        var act = () => InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.ProbationWithinParty, new LocalDate(2022, 2, 1), probation: 36));
        act.Should().Throw<ValidationFailedException>().Which.Report.Issues.Single().Citation.Should().Be(Citation.Parse("DPR2018 Art. 12"));
    }

    [Fact]
    public void Property_DPR2023_Art21_AccumulatedEnd_IsTheRunningEndPlusTheNewMonths_AndNoEarlierThanEither()
    {
        var sanctions = new[] { DisciplinarySanction.Warning, DisciplinarySanction.SeriousWarning, DisciplinarySanction.RemovalFromPartyPost };
        Gen.Select(Gen.Int[0, 3650], Gen.Int[0, 1200], Gen.Int[0, 2], Gen.Int[0, 2]).Sample((startDay, gap, first, second) =>
        {
            var start = new LocalDate(2020, 1, 1).PlusDays(startDay);
            var on = start.PlusDays(gap);
            var running = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(sanctions[first], start));
            var alone = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(sanctions[second], on));
            var accumulated = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(sanctions[second], on), running);
            return alone.Zip(accumulated).All(pair =>
            {
                var (single, both) = pair;
                if (single.Effect == EffectKind.CandidacyBar)
                {
                    return both.LiftsOn >= single.LiftsOn;
                }

                var months = Pack.InfluencePeriodsFor(AccountabilityForm.DisciplinarySanction, null, sanctions[second]).Single(r => r.Effect == single.Effect).Months;
                var old = running.SingleOrDefault(e => e.Effect == single.Effect);
                var expected = old is not null && old.AppliesOn(on) && on >= InfluencePeriodCalculator.AccumulationInForceFrom
                    ? old.LiftsOn.PlusMonths(months)
                    : single.LiftsOn;
                return both.LiftsOn == expected
                    && both.LiftsOn >= single.LiftsOn
                    && (old is null || !old.AppliesOn(on) || on < InfluencePeriodCalculator.AccumulationInForceFrom || both.LiftsOn >= old.LiftsOn);
            });
        });
    }

    [Fact]
    public void DPR2023_Art21_ExpiredPeriod_AddsNothing()
    {
        var first = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Warning, new LocalDate(2022, 1, 1)));

        var second = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Warning, new LocalDate(2024, 1, 1)), first);

        second.Single(e => e.Effect == EffectKind.PromotionBan).LiftsOn.Should().Be(new LocalDate(2025, 1, 1));
    }

    [Fact]
    public void CSR2019_OrderedResignation_NoLeadershipPost1Year_NoHigherPost2Years()
    {
        var effects = InfluencePeriodCalculator.EffectsOf(Pack, Adjustment(OrganizationalAdjustmentKind.OrderedResignation, new LocalDate(2022, 4, 30)));

        effects.Single(e => e.Effect == EffectKind.NoLeadershipPost).LiftsOn.Should().Be(new LocalDate(2023, 4, 30));
        effects.Single(e => e.Effect == EffectKind.NoPostAboveFormerLevel).LiftsOn.Should().Be(new LocalDate(2024, 4, 30));
        effects.Single(e => e.Effect == EffectKind.CandidacyBar).Citation.Should().Be(Citation.Parse("CSR2019 Art. 24 item 6"));
    }

    [Fact]
    public void OHP2021_UnverifiedPeriods_ShipFlagged()
    {
        var effects = InfluencePeriodCalculator.EffectsOf(Pack, Adjustment(OrganizationalAdjustmentKind.Demotion, new LocalDate(2022, 4, 30)));

        effects.Single(e => e.Effect == EffectKind.PromotionBan).Status.Should().Be(VerificationStatus.Unverified);
    }

    [Fact]
    public void EffectsOf_FormWithoutItsKind_IsRejected()
    {
        var act = () => InfluencePeriodCalculator.EffectsOf(Pack, new DecidedMeasure { Form = AccountabilityForm.DisciplinarySanction, EffectiveOn = new LocalDate(2024, 1, 1) });

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((AccountabilityIssueCodes.FormKindMismatch, "sanction"));
    }

    [Fact]
    public void EffectsOf_UndefinedForm_IsATypedError()
    {
        var act = () => InfluencePeriodCalculator.EffectsOf(Pack, new DecidedMeasure { Form = (AccountabilityForm)42, EffectiveOn = new LocalDate(2024, 1, 1) });

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((VocabularyIssueCodes.UndefinedEnumValue, "form"));
    }

    [Fact]
    public void EffectsOf_CirculatedNotice_HasNoInfluencePeriod()
    {
        InfluencePeriodCalculator.EffectsOf(Pack, new DecidedMeasure { Form = AccountabilityForm.CirculatedNotice, EffectiveOn = new LocalDate(2024, 1, 1) })
            .Should().BeEmpty();
    }
}
