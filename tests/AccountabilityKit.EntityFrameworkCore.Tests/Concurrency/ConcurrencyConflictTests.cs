using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.EntityFrameworkCore.Accountability;
using AccountabilityKit.EntityFrameworkCore.Assessment;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Tests.Accountability;
using AccountabilityKit.EntityFrameworkCore.Tests.Assessment;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.Organization;
using AccountabilityKit.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Concurrency;

public sealed class ConcurrencyConflictTests
{
    [Fact]
    public void Replace_ConflictingCaseSaves_SecondThrowsAndFirstIsKept_Sqlite() => ConflictingCaseSaves(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Replace_ConflictingCaseSaves_SecondThrowsAndFirstIsKept_Postgres() => ConflictingCaseSaves(DatabaseKind.Postgres);

    [Fact]
    public void Replace_ConflictingScoreCardSaves_SecondThrowsAndFirstIsKept_Sqlite() => ConflictingScoreCardSaves(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Replace_ConflictingScoreCardSaves_SecondThrowsAndFirstIsKept_Postgres() => ConflictingScoreCardSaves(DatabaseKind.Postgres);

    [Fact]
    public void Replace_SequentialSaves_BothApplied()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "sequential");
        using (var context = KitDbContext.Create(database))
        {
            context.Add(AccountabilityModelTests.OpenCase());
            context.SaveChanges();
        }

        for (var i = 1; i <= 2; i++)
        {
            using var context = KitDbContext.Create(database, ensureCreated: false);
            var stored = context.Set<AccountabilityCase>().Single();
            context.Replace(stored, stored with { NoticeBatch = $"batch {i}" });
            context.SaveChanges().Should().Be(1);
        }

        using var check = KitDbContext.Create(database, ensureCreated: false);
        check.Set<AccountabilityCase>().AsNoTracking().Single().NoticeBatch.Should().Be("batch 2");
    }

    [Fact]
    public void Replace_KeyChanged_Throws()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "keychange");
        using var context = KitDbContext.Create(database);
        context.Add(AccountabilityModelTests.OpenCase());
        context.SaveChanges();
        var stored = context.Set<AccountabilityCase>().Single();

        var act = () => context.Replace(stored, stored with { Id = "other" });

        act.Should().Throw<ArgumentException>().WithMessage("*Id*other*");
        context.Entry(stored).State.Should().Be(EntityState.Unchanged);
    }

    [Fact]
    public void Replace_NotTracked_Throws()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "untracked");
        using var context = KitDbContext.Create(database);
        var detached = AccountabilityModelTests.OpenCase();

        var act = () => context.Replace(detached, detached with { IsTypicalCase = true });

        act.Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Be(Catalog.Of(nameof(Messages.ReplaceNotTracked), ("type", nameof(AccountabilityCase))).Render(null));
    }

    private static void ConflictingCaseSaves(DatabaseKind kind)
    {
        using var database = TestDatabase.Create(kind, "conflictcase");
        using (var context = KitDbContext.Create(database))
        {
            context.Add(AccountabilityModelTests.OpenCase());
            context.SaveChanges();
        }

        using var first = KitDbContext.Create(database, ensureCreated: false);
        using var second = KitDbContext.Create(database, ensureCreated: false);
        var a = first.Set<AccountabilityCase>().Single();
        var b = second.Set<AccountabilityCase>().Single();
        var decided = a with { DecidedOn = new LocalDate(2021, 8, 2), Harm = HarmLevel.Serious };
        first.Replace(a, decided);
        second.Replace(b, b with { NoticeBatch = "2021年第5批", IsTypicalCase = true });

        first.SaveChanges().Should().Be(2, "the case row and its first decision entry");
        var act = () => second.SaveChanges();

        act.Should().Throw<DbUpdateConcurrencyException>();
        using var check = KitDbContext.Create(database, ensureCreated: false);
        check.Set<CaseDecision>().AsNoTracking().Select(d => d.DecidedOn).ToList().Should().Equal(new LocalDate(2021, 8, 2));
        var stored = check.Set<AccountabilityCase>().AsNoTracking().Single();
        AccountabilityModelTests.ShouldRoundTrip([stored], [decided]);
        stored.NoticeBatch.Should().BeNull();
    }

    private static void ConflictingScoreCardSaves(DatabaseKind kind)
    {
        var card = AssessmentModelTests.Cards()[1];
        using var database = TestDatabase.Create(kind, "conflictcard");
        using (var context = KitDbContext.Create(database))
        {
            context.Add(card);
            context.SaveChanges();
        }

        using var first = KitDbContext.Create(database, ensureCreated: false);
        using var second = KitDbContext.Create(database, ensureCreated: false);
        var a = first.Set<ScoreCard>().Single();
        var b = second.Set<ScoreCard>().Single();
        var rescored = a with { Veto = null, Total = 100m, Lines = [new ScoreLine(ScoreLineKind.Base, "base", null, 100m, TestText.Of("基础分"))] };
        first.Replace(a, rescored);
        second.Replace(b, b with { GradeName = "差（复核）" });

        first.SaveChanges().Should().Be(2, "the card row and its new version");
        var act = () => second.SaveChanges();

        act.Should().Throw<DbUpdateConcurrencyException>();
        using var check = KitDbContext.Create(database, ensureCreated: false);
        check.Set<ScoreCardVersion>().AsNoTracking().OrderBy(v => v.Sequence).Select(v => v.Total).ToList()
            .Should().Equal([card.Total, 100m], "the failed save rolled back its version too");
        var stored = check.Set<ScoreCard>().AsNoTracking().Single(c => c.Unit == new OrgUnitId("HM"));
        AssessmentModelTests.ShouldRoundTrip([stored], [rescored]);
        stored.Veto.Should().BeNull();
        stored.GradeName.Should().Be(card.GradeName);
    }
}
