using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Reports;
using AccountabilityKit.Statistics.Tests.TestSupport;
using AccountabilityKit.Time;
using CsCheck;
using NodaTime;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Reports;

public sealed class HeadlineReportPropertyTests
{
    private static readonly OrgUnitId[] Units = [BureauA, TownA, BureauB, CountyA, CountyB];
    private static readonly AccountabilityForm[] Forms = Enum.GetValues<AccountabilityForm>();

    private static readonly Gen<AccountabilityCase> GenCase =
        Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 7], Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[0, 4], Gen.Int[0, 2])
            .Select((id, quarter, organizations, cadres, batch, responsibility) => Case($"C{id}", typical: batch > 0, batch: batch > 1 ? $"B{batch}" : null,
                decided: new LocalDate(2020 + (quarter / 4), 1 + (3 * (quarter % 4)), 1 + (id % 28))) with
            {
                Organizations = [.. Enumerable.Range(0, organizations).Select(k => new AccountableOrganization { Unit = Units[(id + k) % Units.Length], Forms = [Forms[(id + k) % 3]] })],
                Cadres = [.. Enumerable.Range(0, cadres).Select(k => Cadre($"P{(id + k) % 13}", Units[(id * 7 + k) % Units.Length], Forms[3 + ((id + k) % 3)]) with
                {
                    Responsibility = responsibility == 0 ? null : (Accountability.Responsibilities.LeadershipResponsibility)(k % 3),
                })],
            })
            .Where(c => c.Organizations.Length + c.Cadres.Length > 0);

    [Fact]
    public void Create_RandomCases_TotalsReconcileAndTheColumnarReportEqualsTheLinqReport()
    {
        Gen.Select(GenCase.Array[0, 40], Gen.Int[0, 2]).Sample((cases, scopeIndex) =>
        {
            var distinct = cases.DistinctBy(c => c.Id).ToList();
            var facts = new AccountabilityFactProjection(Tree).ProjectAll(distinct);
            var measures = facts.Where(f => f.Person is not null)
                .Select(f => ReportSamples.Measure(f.Person!.Value.Value, f.Unit, f.Quarter, (DisciplineForm)(f.CaseId.Length % 4)))
                .ToList();
            var scope = scopeIndex switch { 0 => null, 1 => DataScope.Subtree(Tree, CountyA), _ => DataScope.Subtree(Tree, CountyB) };
            var table = new FactTable();
            table.AppendRange(facts);

            var report = HeadlineReport.Create(facts, measures, ReportPeriod.Year(2021), scope);
            var columnar = HeadlineReport.Create(table, measures, ReportPeriod.Year(2021), scope);

            var kept = facts.Where(f => f.Year == 2021 && (scope is null || scope.Contains(f.Unit))).ToList();
            report.Entries.Should().Be(kept.Count);
            report.ByForm.Sum(r => r.Entries).Should().Be(report.Entries);
            report.ByForm.Sum(r => r.OrganizationEntries + r.CadreEntries).Should().Be(report.Entries);
            report.ByResponsibility.Sum(r => r.Cadres).Should().Be(report.LeadingCadresHeldAccountable);
            report.ByDisciplineForm.Sum(r => r.PersonTimes).Should().Be(report.DisciplinePersonTimes);
            report.ByDisciplineForm[0].PersonTimes.Should().Be(report.FirstFormPersonTimes);
            report.Cases.Should().Be(kept.Select(f => f.CaseId).Distinct().Count());
            report.OrganizationsHeldAccountable.Should().Be(kept.Count(f => f.SubjectKind == SubjectKind.Organization && f.Subjects == 1));
            report.DistinctOrganizations.Should().BeLessThanOrEqualTo(report.OrganizationsHeldAccountable);
            report.DistinctLeadingCadres.Should().BeLessThanOrEqualTo(report.LeadingCadresHeldAccountable);
            report.TypicalCases.Should().BeLessThanOrEqualTo(report.Cases);
            report.NoticeBatches.Should().BeLessThanOrEqualTo(report.TypicalCases);
            if (report.DisciplinePersonTimes > 0)
            {
                report.ByDisciplineForm.Sum(r => r.SharePercent).Should().Be(100.0m);
            }

            columnar.Figures.Should().Equal(report.Figures);
            columnar.ByForm.Should().Equal(report.ByForm);
            columnar.ByResponsibility.Should().Equal(report.ByResponsibility);
        }, iter: 60);
    }
}
