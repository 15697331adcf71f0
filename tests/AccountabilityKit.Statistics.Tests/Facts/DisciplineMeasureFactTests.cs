using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using NodaTime;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Facts;

public sealed class DisciplineMeasureFactTests
{
    private static readonly RegulationPack Pack = BuiltInRegulationPacks.Arr2019;

    [Fact]
    public void From_PartyWarning_IsSecondFormInTheQuarterOfItsDate()
    {
        var fact = DisciplineMeasureFact.From(Pack, new MeasureRecord(new PersonId("P1"), DisciplineMeasure.Warning, new LocalDate(2021, 8, 31)), BureauA);

        fact.Form.Should().Be(DisciplineForm.Second);
        fact.Quarter.Should().Be(new AssessmentQuarter(2021, 3));
        fact.Unit.Should().Be(BureauA);
        fact.PersonTimes.Should().Be(1);
        fact.Citation.ToString().Should().Be("DPR2018 Art. 5", "a measure of 2021 is classified under the text then in force");
    }

    [Fact]
    public void From_MeasureFrom2024_CitesThe2023Text_EarlierOnesThe2018Text()
    {
        DisciplineMeasureFact.From(Pack, new MeasureRecord(new PersonId("P1"), DisciplineMeasure.Warning, new LocalDate(2024, 1, 1)), BureauA)
            .Citation.ToString().Should().Be("DPR2023 Art. 5");
        DisciplineMeasureFact.From(Pack, new MeasureRecord(new PersonId("P1"), DisciplineMeasure.Warning, new LocalDate(2023, 12, 31)), BureauA)
            .Citation.ToString().Should().Be("DPR2018 Art. 5");
    }

    [Fact]
    public void From_EveryMeasure_PersonTimesPerFormMatchTheClassifierTally()
    {
        var records = Enum.GetValues<DisciplineMeasure>()
            .Select((m, i) => new MeasureRecord(new PersonId($"P{i % 4}"), m, new LocalDate(2022, 1 + (i % 12), 1)))
            .ToList();

        var facts = records.Select(r => DisciplineMeasureFact.From(Pack, r, BureauA)).ToList();

        var tally = FourFormsClassifier.Tally(Pack, records);
        foreach (var count in tally)
        {
            facts.Where(f => f.Form == count.DisciplineForm).Sum(f => f.PersonTimes).Should().Be(count.PersonTimes, "form {0}", count.DisciplineForm);
        }

        facts.Select(f => f.Person).Distinct().Should().HaveCount(4, "persons are distinct people, fewer than the person-times");
    }
}
