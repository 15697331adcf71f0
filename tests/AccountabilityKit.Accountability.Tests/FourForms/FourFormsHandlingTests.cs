using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.People;
using CsCheck;
using NodaTime;

namespace AccountabilityKit.Accountability.Tests.FourForms;

/// <summary>Four forms count people, not records: one person in one case counts once, in the heaviest form (FFS2016 person-times).</summary>
public class FourFormsHandlingTests
{
    private static readonly RegulationPack Pack = BuiltInRegulationPacks.Arr2019;
    private static readonly LocalDate Day = new(2024, 3, 1);

    private static MeasureRecord Record(string person, DisciplineMeasure measure, string? caseId) => new(new PersonId(person), measure, Day) { CaseId = caseId };

    [Fact]
    public void Tally_OnePersonWithSeveralMeasuresInOneCase_CountsOnceInTheHeaviestForm()
    {
        var tally = FourFormsClassifier.Tally(Pack, [Record("P1", DisciplineMeasure.ReminderTalk, "C1"), Record("P1", DisciplineMeasure.Warning, "C1"), Record("P1", DisciplineMeasure.CriticalEducation, "C1")]);

        tally.Select(c => c.PersonTimes).Should().Equal(0, 1, 0, 0);
        tally.Select(c => c.Measures).Should().Equal(2, 1, 0, 0);
        tally[1].SharePercent.Should().Be(100m);
    }

    [Fact]
    public void Tally_SamePersonInTwoCases_CountsTwice()
    {
        var tally = FourFormsClassifier.Tally(Pack, [Record("P1", DisciplineMeasure.ReminderTalk, "C1"), Record("P1", DisciplineMeasure.ReminderTalk, "C2")]);

        tally[0].PersonTimes.Should().Be(2);
    }

    [Fact]
    public void Tally_RecordsWithoutACase_AreHandlingsOfTheirOwn()
    {
        var tally = FourFormsClassifier.Tally(Pack, [Record("P1", DisciplineMeasure.ReminderTalk, null), Record("P1", DisciplineMeasure.Warning, null)]);

        tally.Select(c => c.PersonTimes).Should().Equal(1, 1, 0, 0);
    }

    [Fact]
    public void Property_Tally_PersonTimesAreTheHandlings_InTheirHeaviestForm_MeasuresAreTheRecords()
    {
        var measures = Enum.GetValues<DisciplineMeasure>().Where(m => Pack.TryClassify(m, out _)).ToArray();
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, measures.Length - 1]).Array[0, 30].Sample(items =>
        {
            var records = items.Select(t => Record($"P{t.Item1}", measures[t.Item3], $"C{t.Item2}")).ToList();
            var tally = FourFormsClassifier.Tally(Pack, records);
            var handlings = records.GroupBy(r => (r.Person, r.CaseId)).Select(g => g.Max(r => FourFormsClassifier.Classify(Pack, r.Measure).Form)).ToList();
            return tally.Sum(c => c.PersonTimes) == handlings.Count
                && tally.Sum(c => c.Measures) == records.Count
                && tally.All(c => c.PersonTimes == handlings.Count(h => h == c.DisciplineForm))
                && tally.All(c => c.Measures == records.Count(r => FourFormsClassifier.Classify(Pack, r.Measure).Form == c.DisciplineForm));
        });
    }
}
