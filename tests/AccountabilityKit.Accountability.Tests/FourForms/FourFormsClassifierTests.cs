using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.People;
using CsCheck;
using NodaTime;

namespace AccountabilityKit.Accountability.Tests.FourForms;

public class FourFormsClassifierTests
{
    private static readonly RegulationPack Pack = BuiltInRegulationPacks.Arr2019;

    [Theory]
    [InlineData(DisciplineMeasure.AdmonishmentTalk, DisciplineForm.First)]
    [InlineData(DisciplineMeasure.ClosedAfterTalkOrInquiry, DisciplineForm.First)]
    [InlineData(DisciplineMeasure.SeriousWarning, DisciplineForm.Second)]
    [InlineData(DisciplineMeasure.OrderedResignation, DisciplineForm.Second)]
    [InlineData(DisciplineMeasure.Demotion, DisciplineForm.Third)]
    [InlineData(DisciplineMeasure.Expulsion, DisciplineForm.Third)]
    [InlineData(DisciplineMeasure.CriminalProsecution, DisciplineForm.Fourth)]
    public void DPR2023_Art5_ClassifiesTheIndicatorMeasures(DisciplineMeasure measure, DisciplineForm expected)
    {
        FourFormsClassifier.Classify(Pack, measure).Form.Should().Be(expected);
    }

    [Fact]
    public void FFS2016_IndicatorCounts_14FirstForm_21SecondForm()
    {
        var byForm = Enum.GetValues<DisciplineMeasure>().GroupBy(m => FourFormsClassifier.Classify(Pack, m).Form).ToDictionary(g => g.Key, g => g.Count());

        byForm[DisciplineForm.First].Should().Be(14);
        byForm[DisciplineForm.Second].Should().Be(21);
    }

    [Fact]
    public void Tally_CountsPersonTimesNotPeople_AndRoundsShares()
    {
        var p = new PersonId("P1");
        var day = new LocalDate(2023, 3, 1);
        MeasureRecord[] records =
        [
            new(p, DisciplineMeasure.ReminderTalk, day),
            new(p, DisciplineMeasure.AdmonishmentTalk, day),
            new(new PersonId("P2"), DisciplineMeasure.Warning, day),
        ];

        var tally = FourFormsClassifier.Tally(Pack, records);

        tally.Select(c => c.PersonTimes).Should().Equal(2, 1, 0, 0);
        tally.Select(c => c.SharePercent).Should().Equal(66.7m, 33.3m, 0m, 0m);
    }

    [Fact]
    public void Tally_Nothing_GivesZeroShares()
    {
        FourFormsClassifier.Tally(Pack, []).Should().OnlyContain(c => c.PersonTimes == 0 && c.SharePercent == 0m);
    }

    [Fact]
    public void Property_Tally_CountsEveryRecordOnce()
    {
        Gen.Enum<DisciplineMeasure>().List[0, 200].Sample(measures =>
        {
            var tally = FourFormsClassifier.Tally(Pack, measures.Select(m => new MeasureRecord(new PersonId("P"), m, new LocalDate(2023, 1, 1))));
            return tally.Sum(c => c.PersonTimes) == measures.Count
                && (measures.Count == 0 || Math.Abs(tally.Sum(c => c.SharePercent) - 100m) <= 0.2m);
        });
    }

    [Fact]
    public void MeasuresOf_AccountabilityForms_MapToIndicatorMeasures()
    {
        var cadre = Samples.SecretaryCadre(AccountabilityForm.Admonishment, AccountabilityForm.OrganizationalAdjustment, AccountabilityForm.DisciplinarySanction) with
        {
            Adjustment = OrganizationalAdjustmentKind.Removal,
            Sanction = DisciplinarySanction.RemovalFromPartyPost,
        };

        var measures = FourFormsClassifier.MeasuresOf(cadre);

        measures.Should().Equal(DisciplineMeasure.AdmonishmentTalk, DisciplineMeasure.Removal, DisciplineMeasure.RemovalFromPartyPost);
        measures.Select(m => FourFormsClassifier.Classify(Pack, m).Form).Should().Equal(DisciplineForm.First, DisciplineForm.Second, DisciplineForm.Third);
    }
}
