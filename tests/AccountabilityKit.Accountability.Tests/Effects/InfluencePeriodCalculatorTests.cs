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
    public void DPR2023_Art21_NewSanctionDuringARunningPeriod_AddsTheUnexpiredRest()
    {
        var first = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Warning, new LocalDate(2024, 1, 1)));

        var second = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(DisciplinarySanction.Warning, new LocalDate(2024, 10, 1)), first);

        // The first ban lifts on 2025-01-01: 92 days remain on 2024-10-01; the new year ends 2025-10-01, plus 92 days.
        var ban = second.Single(e => e.Effect == EffectKind.PromotionBan);
        ban.LiftsOn.Should().Be(new LocalDate(2026, 1, 1));
        ban.Reason.Render(MessageCatalog.English).Should().Contain("92 unexpired days").And.Contain("DPR2023 Art. 21");
        ban.Reason.Render(MessageCatalog.Chinese).Should().Contain("尚未执行的 92 天").And.Contain(Citation.Parse("DPR2023 Art. 21").ToChineseString());
    }

    [Fact]
    public void Property_DPR2023_Art21_AccumulationAddsExactlyTheUnexpiredRest()
    {
        var sanctions = new[] { DisciplinarySanction.Warning, DisciplinarySanction.SeriousWarning, DisciplinarySanction.RemovalFromPartyPost };
        Gen.Select(Gen.Int[0, 3000], Gen.Int[0, 1200], Gen.Int[0, 2], Gen.Int[0, 2]).Sample((startDay, gap, first, second) =>
        {
            var start = new LocalDate(2018, 1, 1).PlusDays(startDay);
            var running = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(sanctions[first], start));
            var alone = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(sanctions[second], start.PlusDays(gap)));
            var accumulated = InfluencePeriodCalculator.EffectsOf(Pack, Sanction(sanctions[second], start.PlusDays(gap)), running);
            return alone.Zip(accumulated).All(pair =>
            {
                var old = running.SingleOrDefault(e => e.Effect == pair.First.Effect && pair.First.Effect != EffectKind.CandidacyBar);
                var rest = old is not null && old.AppliesOn(pair.First.StartsOn) ? Period.Between(pair.First.StartsOn, old.LiftsOn, PeriodUnits.Days).Days : 0;
                return pair.First.Effect == EffectKind.CandidacyBar
                    ? pair.Second.LiftsOn >= pair.First.LiftsOn
                    : Period.Between(pair.First.LiftsOn, pair.Second.LiftsOn, PeriodUnits.Days).Days == rest;
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
