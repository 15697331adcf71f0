using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.EntityFrameworkCore.Accountability;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Accountability;

public sealed class CaseDecisionHistoryTests
{
    [Fact]
    public void Decisions_DecidedCorrectedAndTampered_VerifierReportsFirstBrokenLink_Sqlite() => DecidedCorrectedAndTampered(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Decisions_DecidedCorrectedAndTampered_VerifierReportsFirstBrokenLink_Postgres() => DecidedCorrectedAndTampered(DatabaseKind.Postgres);

    private static void DecidedCorrectedAndTampered(DatabaseKind kind)
    {
        var open = AccountabilityModelTests.OpenCase();
        using var database = TestDatabase.Create(kind, "casedecisions");
        using (var context = KitDbContext.Create(database))
        {
            context.Add(open);
            context.SaveChanges();
            context.Set<CaseDecision>().Count().Should().Be(0, "an undecided case has no decision yet");
        }

        var steps = new Func<AccountabilityCase, AccountabilityCase>[]
        {
            c => c with { DecidedOn = new LocalDate(2021, 8, 2), Cadres = [.. c.Cadres.Select(x => x with { Forms = [AccountabilityForm.Admonishment] })] },
            c => c with { DeliveredOn = new LocalDate(2021, 8, 4) }, // not part of the decision: no entry
            c => c with { DecisionFoundWrongOn = new LocalDate(2021, 9, 1), CorrectedOn = new LocalDate(2021, 9, 10), Cadres = [.. c.Cadres.Select(x => x with { Forms = [AccountabilityForm.CirculatedNotice] })] },
        };
        foreach (var step in steps)
        {
            using var context = KitDbContext.Create(database, ensureCreated: false);
            var stored = context.Set<AccountabilityCase>().Single();
            context.Replace(stored, step(stored));
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var decisions = context.Set<CaseDecision>().AsNoTracking().Where(d => d.CaseId == open.Id).OrderBy(d => d.Sequence).ToList();
            decisions.Select(d => d.Sequence).Should().Equal(1, 2);
            decisions.Select(d => d.CorrectedOn).Should().Equal(null, new LocalDate(2021, 9, 10));
            decisions[0].Cadres.Should().Contain("admonishment");
            decisions[1].Cadres.Should().Contain("circulatedNotice").And.NotContain("admonishment");
            HistoryChainVerifier.Verify<CaseDecision>(context, open.Id).IsIntact.Should().BeTrue();

            // Rewrite the first decision behind the library's back: the admonishment becomes a circulated notice.
            var table = context.Model.FindEntityType(typeof(CaseDecision))!.GetTableName();
            var sql = "UPDATE \"" + table + "\" SET \"Cadres\" = replace(\"Cadres\", 'admonishment', 'circulatedNotice') WHERE \"Sequence\" = 1";
            context.Database.ExecuteSqlRaw(sql).Should().Be(1);
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var report = HistoryChainVerifier.Verify<CaseDecision>(context, open.Id);
            report.IsIntact.Should().BeFalse();
            report.FirstBrokenLink!.Sequence.Should().Be(1);
        }
    }
}
