using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;
using NodaTime;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Facts;

/// <summary>The README's counting rules, on three cases where the same unit and the same cadre are held to account twice.</summary>
public sealed class CountingRulesTests
{
    private static readonly AccountabilityCase[] Cases =
    [
        // C1: organisation RG-EDU; cadres P1 (admonishment) and P2 (admonishment + adjustment). Typical, batch B1.
        Case("C1", typical: true, batch: "B1"),

        // C2: RG-EDU again (written examination), P1 again. Typical, same batch B1.
        Case("C2", typical: true, batch: "B1", decided: new LocalDate(2021, 8, 2)) with
        {
            Organizations = [new AccountableOrganization { Unit = BureauA, Forms = [AccountabilityForm.WrittenExamination] }],
            Cadres = [Cadre("P1", BureauA, AccountabilityForm.Admonishment)],
        },

        // C3: one organisation, not typical.
        Case("C3", decided: new LocalDate(2021, 11, 3)) with
        {
            Organizations = [new AccountableOrganization { Unit = TownA, Forms = [AccountabilityForm.CirculatedNotice, AccountabilityForm.WrittenExamination] }],
            Cadres = [],
        },
    ];

    private static readonly IReadOnlyList<AccountabilityFact> Facts = new AccountabilityFactProjection(Tree).ProjectAll(Cases);

    private static decimal Total(StatMeasure measure, params DimensionFilter[] filters) =>
        LinqStatExecutor.Execute(Facts, new StatRequest { Measures = [measure], Filters = [.. filters] }).GrandTotal![0]!.Value;

    private static DimensionFilter Only(FactField field, string value) => new(field, [value]);

    [Fact]
    public void Cases_AreCountedOncePerCaseNotPerEntry()
    {
        Facts.Should().HaveCount(8, "entries: C1 has 4, C2 has 2, C3 has 2");
        Total(StatMeasure.Count()).Should().Be(8);
        Total(StatMeasure.Sum(FactField.Cases)).Should().Be(3);
        Total(StatMeasure.DistinctCount(FactField.Case)).Should().Be(3);
    }

    [Fact]
    public void Organisations_HeldToAccountPerCase_DistinctUnitsAsASeparateMeasure()
    {
        var organizations = Only(FactField.SubjectKind, nameof(SubjectKind.Organization));

        Total(StatMeasure.Sum(FactField.Subjects), organizations).Should().Be(3, "RG-EDU in C1 and C2, RG-T1 in C3");
        Total(StatMeasure.DistinctCount(FactField.Unit), organizations).Should().Be(2, "two distinct units");
        Total(StatMeasure.Sum(FactField.Organizations)).Should().Be(4, "organisation entries: one per form (C3's unit has two)");
    }

    [Fact]
    public void Cadres_HeldToAccountPerCase_PersonsAsDistinctPeople_PersonTimesOncePerCaseNotPerEntry()
    {
        var cadres = Only(FactField.SubjectKind, nameof(SubjectKind.Cadre));

        Total(StatMeasure.Sum(FactField.Subjects), cadres).Should().Be(3, "P1 and P2 in C1, P1 in C2");
        Total(StatMeasure.DistinctCount(FactField.Person)).Should().Be(2, "P1 and P2");
        Total(StatMeasure.Sum(FactField.Persons)).Should().Be(3, "person-times: P1 and P2 in C1 (P2 once, though given two forms), P1 in C2");
        Total(StatMeasure.Count(), cadres).Should().Be(4, "the per-entry tally: P1, P2 twice, P1");
        Total(StatMeasure.Sum(FactField.Persons), cadres, Only(FactField.Form, nameof(AccountabilityForm.OrganizationalAdjustment))).Should().Be(1, "P2 counts under the heavier of its two forms");
        Total(StatMeasure.Sum(FactField.Persons), cadres, Only(FactField.Form, nameof(AccountabilityForm.Admonishment))).Should().Be(2, "P1 twice; not P2");
    }

    [Fact]
    public void TypicalCases_AreCases_NoticeBatchesAreDistinctBatchesOfTypicalCases()
    {
        var typical = Only(FactField.Typical, "true");

        Total(StatMeasure.Sum(FactField.TypicalCases)).Should().Be(2);
        Total(StatMeasure.DistinctCount(FactField.NoticeBatch), typical).Should().Be(1, "both were circulated in batch B1");
    }

    [Fact]
    public void FourForms_PersonTimesAreMeasures_PersonsAreDistinctPeople()
    {
        var pack = BuiltInRegulationPacks.Arr2019;
        var p1 = new PersonId("P1");
        var facts = new[]
        {
            DisciplineMeasureFact.From(pack, new MeasureRecord(p1, DisciplineMeasure.ReminderTalk, new LocalDate(2021, 3, 1)), BureauA),
            DisciplineMeasureFact.From(pack, new MeasureRecord(p1, DisciplineMeasure.AdmonishmentTalk, new LocalDate(2021, 9, 1)), BureauA),
            DisciplineMeasureFact.From(pack, new MeasureRecord(new PersonId("P2"), DisciplineMeasure.ReminderTalk, new LocalDate(2021, 9, 1)), TownA),
        };

        facts.Where(f => f.Form == DisciplineForm.First).Sum(f => f.PersonTimes).Should().Be(3);
        facts.Where(f => f.Form == DisciplineForm.First).Select(f => f.Person).Distinct().Should().HaveCount(2);
    }
}
