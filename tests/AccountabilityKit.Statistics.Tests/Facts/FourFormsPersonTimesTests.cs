using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Reports;
using CsCheck;
using NodaTime;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Facts;

/// <summary>Four forms count people, not records: the headline and the four-forms report use the person count.</summary>
public sealed class FourFormsPersonTimesTests
{
    private static readonly RegulationPack Pack = BuiltInRegulationPacks.Arr2019;

    private static MeasureRecord Record(string person, DisciplineMeasure measure, string caseId, LocalDate? on = null) =>
        new(new PersonId(person), measure, on ?? new LocalDate(2021, 4, 8)) { CaseId = caseId };

    [Fact]
    public void FromHandling_SeveralMeasures_CarriesOnePersonTimeOnTheFirstMeasureOfTheHeaviestForm()
    {
        var facts = DisciplineMeasureFact.FromHandling(Pack, [Record("P1", DisciplineMeasure.ReminderTalk, "C1"), Record("P1", DisciplineMeasure.Warning, "C1"), Record("P1", DisciplineMeasure.SeriousWarning, "C1")], BureauA);

        facts.Select(f => (f.Form, f.PersonTimes)).Should().Equal((DisciplineForm.First, 0), (DisciplineForm.Second, 1), (DisciplineForm.Second, 0));
    }

    [Fact]
    public void FromHandling_RecordsOfTwoPeopleOrCases_AreRejected()
    {
        var act = () => DisciplineMeasureFact.FromHandling(Pack, [Record("P1", DisciplineMeasure.ReminderTalk, "C1"), Record("P1", DisciplineMeasure.ReminderTalk, "C2")], BureauA);

        act.Should().Throw<ArgumentException>().WithParameterName("handling");
    }

    [Fact]
    public void FourFormsReport_PersonHandledWithTwoMeasures_CountsOnePersonTimeAndTwoMeasures()
    {
        var facts = DisciplineMeasureFact.FromHandling(Pack, [Record("P1", DisciplineMeasure.ReminderTalk, "C1"), Record("P1", DisciplineMeasure.Warning, "C1")], BureauA)
            .AddRange(DisciplineMeasureFact.FromHandling(Pack, [Record("P2", DisciplineMeasure.ReminderTalk, "C1")], BureauA));

        var report = FourFormsReport.Create(facts, Tree, ReportPeriod.Year(2021));

        report.Total.PersonTimes.Should().Be(2, "P1 once (second form), P2 once (first form)");
        report.Total.Measures.Should().Be(3);
        report.Total.Persons.Should().Be(2);
        report.Total[DisciplineForm.First].PersonTimes.Should().Be(1);
        report.Total[DisciplineForm.First].Measures.Should().Be(2);
        report.Total[DisciplineForm.First].SharePercent.Should().Be(50.0m, "shares are of person-times");
    }

    [Fact]
    public void HeadlineReport_FirstForm_CountsHandlingsNotMeasures()
    {
        var facts = new AccountabilityFactProjection(Tree).ProjectAll([Case("C1")]);
        var measures = DisciplineMeasureFact.FromHandling(Pack, [Record("P1", DisciplineMeasure.ReminderTalk, "C1"), Record("P1", DisciplineMeasure.CriticalEducation, "C1")], BureauA);

        var headline = HeadlineReport.Create(facts, measures, ReportPeriod.Year(2021), scope: null);

        headline.FirstFormPersonTimes.Should().Be(1);
        headline.DisciplinePersonTimes.Should().Be(1);
        headline.DisciplineMeasures.Should().Be(2);
        headline.ByDisciplineForm[0].Measures.Should().Be(2);
    }

    [Fact]
    public void HeadlineReport_CadreWithTwoForms_CountsOncePerCaseUnderTheHeaviestForm()
    {
        // Case(): P1 admonishment; P2 admonishment + organisational adjustment.
        var headline = HeadlineReport.Create(new AccountabilityFactProjection(Tree).ProjectAll([Case("C1")]), [], ReportPeriod.Year(2021), scope: null);

        var admonishment = headline.ByForm.Single(r => r.Form == AccountabilityForm.Admonishment);
        var adjustment = headline.ByForm.Single(r => r.Form == AccountabilityForm.OrganizationalAdjustment);
        (admonishment.CadreEntries, admonishment.CadrePersonTimes).Should().Be((2, 1));
        (adjustment.CadreEntries, adjustment.CadrePersonTimes).Should().Be((1, 1));
        headline.ByForm.Sum(r => r.CadrePersonTimes).Should().Be(headline.LeadingCadresHeldAccountable);
    }

    [Fact]
    public void Property_FromHandling_AgreesWithTheClassifierTally()
    {
        var measures = Enum.GetValues<DisciplineMeasure>().Where(m => Pack.TryClassify(m, out _)).ToArray();
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, measures.Length - 1]).Array[0, 30].Sample(items =>
        {
            var records = items.Select(t => Record($"P{t.Item1}", measures[t.Item3], $"C{t.Item2}")).ToList();
            var facts = records.GroupBy(r => (r.Person, r.CaseId)).SelectMany(g => DisciplineMeasureFact.FromHandling(Pack, g, BureauA)).ToList();
            var rows = FourFormsReport.Create(facts, Tree, ReportPeriod.Year(2021)).Total.Rows;
            var tally = FourFormsClassifier.Tally(Pack, records);
            return rows.Select(r => (r.PersonTimes, r.Measures)).SequenceEqual(tally.Select(c => (c.PersonTimes, c.Measures)));
        });
    }
}
