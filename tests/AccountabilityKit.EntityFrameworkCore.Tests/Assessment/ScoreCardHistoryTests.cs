using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.EntityFrameworkCore.Assessment;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.Time;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Assessment;

public sealed class ScoreCardHistoryTests
{
    [Fact]
    public void Versions_RescoredAndTampered_VerifierReportsFirstBrokenLink_Sqlite() => RescoredAndTampered(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Versions_RescoredAndTampered_VerifierReportsFirstBrokenLink_Postgres() => RescoredAndTampered(DatabaseKind.Postgres);

    [Fact]
    public void Versions_VersionRowUpdatedThroughEf_IsRejected()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "cardappend");
        using var context = KitDbContext.Create(database);
        context.Add(AssessmentModelTests.Cards()[1]);
        context.SaveChanges();
        var version = context.Set<ScoreCardVersion>().Single();

        context.Replace(version, version with { });
        context.Entry(version).State.Should().Be(EntityState.Detached);
        var act = () => context.SaveChanges();

        act.Should().Throw<HistoryAppendOnlyException>();
    }

    private static void RescoredAndTampered(DatabaseKind kind)
    {
        var card = AssessmentModelTests.Cards()[1];
        var key = ScoreCardVersion.KeyOf(card.Unit, card.Quarter);
        using var database = TestDatabase.Create(kind, "cardhistory");
        using (var context = KitDbContext.Create(database))
        {
            context.Add(card);
            context.SaveChanges();
        }

        // Two re-scorings and one save without a change: three versions, not four.
        foreach (var total in new[] { 70m, 70m, 75.5m })
        {
            using var context = KitDbContext.Create(database, ensureCreated: false);
            var stored = context.Set<ScoreCard>().Single();
            context.Replace(stored, stored with { Total = total, Veto = null, Grade = AccountabilityKit.Assessment.Rules.Grade.Fair, GradeName = "一般" });
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var versions = context.Set<ScoreCardVersion>().AsNoTracking().Where(v => v.CardKey == key).OrderBy(v => v.Sequence).ToList();
            versions.Select(v => v.Sequence).Should().Equal(1, 2, 3);
            versions.Select(v => v.Total).Should().Equal(58.5m, 70m, 75.5m);
            versions[0].Snapshot.Should().Be(ScoreCardHistory.Snapshot(card));
            versions.Should().OnlyContain(v => v.Quarter == AssessmentQuarter.Parse("2026Q2") && v.Unit == card.Unit);
            HistoryChainVerifier.Verify<ScoreCardVersion>(context, key).IsIntact.Should().BeTrue();

            var table = context.Model.FindEntityType(typeof(ScoreCardVersion))!.GetTableName();
            var sql = "UPDATE \"" + table + "\" SET \"Total\" = 99 WHERE \"Sequence\" = 2";
            context.Database.ExecuteSqlRaw(sql).Should().Be(1);
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var report = HistoryChainVerifier.Verify<ScoreCardVersion>(context, key);
            report.IsIntact.Should().BeFalse();
            report.EntryCount.Should().Be(3);
            report.FirstBrokenLink!.Sequence.Should().Be(2);
        }
    }
}
