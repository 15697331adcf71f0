using AccountabilityKit.Checklists.Review;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.Localization;
using AccountabilityKit.People;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using static AccountabilityKit.EntityFrameworkCore.Tests.Checklists.ChecklistSamples;

namespace AccountabilityKit.EntityFrameworkCore.Tests.History;

public sealed class HistoryChainVerifierTests
{
    private const string Table = "ak_checklist_review_transition";

    [Fact]
    public void Verify_UntouchedChains_AreIntact_Sqlite() => Intact(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Verify_UntouchedChains_AreIntact_Postgres() => Intact(DatabaseKind.Postgres);

    [Fact]
    public Task Verify_RowEditedWithRawSql_ReportsContentChangedAtThatEntry_Sqlite() => EditedRow(DatabaseKind.Sqlite);

    [PostgresFact]
    public Task Verify_RowEditedWithRawSql_ReportsContentChangedAtThatEntry_Postgres() => EditedRow(DatabaseKind.Postgres);

    [Fact]
    public void Verify_MiddleRowDeletedWithRawSql_ReportsSequenceGapAtItsSuccessor_Sqlite() => DeletedRow(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Verify_MiddleRowDeletedWithRawSql_ReportsSequenceGapAtItsSuccessor_Postgres() => DeletedRow(DatabaseKind.Postgres);

    [Fact]
    public void Verify_HashRewrittenWithRawSql_ReportsPredecessorChangedAtTheNextEntry()
    {
        using var database = Seeded(DatabaseKind.Sqlite, out _);
        using var context = KitDbContext.Create(database, ensureCreated: false);
        // Someone edits entry 2 and recomputes its own hash, but cannot fix entry 3's link without rewriting the rest.
        var forged = HistoryChain.ComputeHash(StoredHash(context, "c1", 1), "c1", 2, "[\"forged\"]");
        context.Database.ExecuteSqlRaw($"UPDATE {Table} SET \"Hash\" = {{0}} WHERE \"ChecklistId\" = 'c1' AND \"Sequence\" = 2", forged);

        var report = HistoryChainVerifier.Verify<ReviewTransition>(context, "c1");

        report.FirstBrokenLink!.Sequence.Should().Be(2);
        report.FirstBrokenLink.Kind.Should().Be(HistoryBreakKind.ContentChanged);
        report.FirstBrokenLink.ActualHash.Should().Be(forged);
    }

    [Fact]
    public void SaveChanges_UpdatingAStoredEntry_IsRejectedAndChangesNothing()
    {
        using var database = Seeded(DatabaseKind.Sqlite, out _);
        using var context = KitDbContext.Create(database, ensureCreated: false);
        var entry = context.Set<ReviewTransition>().Single(t => EF.Property<string>(t, "ChecklistId") == "c1" && EF.Property<int>(t, "Sequence") == 2);
        context.Entry(entry).Property(t => t.Reason).CurrentValue = "改过的理由";

        var save = () => context.SaveChanges();

        var thrown = save.Should().Throw<HistoryAppendOnlyException>().Which;
        (thrown.EntityType, thrown.ChainKey, thrown.Sequence, thrown.Violation).Should().Be((nameof(ReviewTransition), "c1", 2, AppendOnlyViolation.Update));
        thrown.Detail.Id.Should().Be("EntityFrameworkCore.HistoryUpdateRefused");
        using var check = KitDbContext.Create(database, ensureCreated: false);
        check.Set<ReviewTransition>().AsNoTracking().Where(t => EF.Property<int>(t, "Sequence") == 2 && EF.Property<string>(t, "ChecklistId") == "c1")
            .Select(t => t.Reason).Single().Should().Be("措施不具体");
    }

    [Fact]
    public async Task SaveChangesAsync_DeletingAStoredEntry_IsRejected()
    {
        using var database = Seeded(DatabaseKind.Sqlite, out _);
        await using var context = KitDbContext.Create(database, ensureCreated: false);
        var entry = await context.Set<ReviewTransition>().FirstAsync(t => EF.Property<string>(t, "ChecklistId") == "c1");
        context.Remove(entry);

        var save = () => context.SaveChangesAsync();

        var thrown = (await save.Should().ThrowAsync<HistoryAppendOnlyException>()).Which;
        (thrown.Violation, thrown.Detail.Id).Should().Be((AppendOnlyViolation.Delete, "EntityFrameworkCore.HistoryDeleteRefused"));
        (await context.Set<ReviewTransition>().CountAsync()).Should().Be(8);
    }

    [Fact]
    public void SaveChanges_ReviewWhoseHistoryRewritesStoredTransitions_IsRejected()
    {
        using var database = Seeded(DatabaseKind.Sqlite, out _);
        using var context = KitDbContext.Create(database, ensureCreated: false);
        var current = context.Set<ChecklistReview>().Single(r => r.ChecklistId == "c2");
        var clock = new FakeClock(Instant.FromUtc(2023, 1, 1, 0, 0));
        // The same checklist id started over: its history no longer starts with the stored transitions.
        var rewritten = ChecklistReview.Start("c2").Submit(new PersonId("someone-else"), clock);
        context.Replace(current, rewritten);

        var save = () => context.SaveChanges();

        var thrown = save.Should().Throw<HistoryAppendOnlyException>().Which;
        (thrown.ChainKey, thrown.Sequence, thrown.Violation).Should().Be(("c2", 1, AppendOnlyViolation.Rewrite));
        thrown.Detail.Should().Be(Catalog.Of(nameof(Messages.ReviewHistoryRewritten), ("count", 2), ("sequence", 1)));
    }

    [Fact]
    public void SaveChanges_TransitionAddedOutOfSequence_IsRejected()
    {
        using var database = Seeded(DatabaseKind.Sqlite, out _);
        using var context = KitDbContext.Create(database, ensureCreated: false);
        var transition = new ReviewTransition(ReviewState.Submitted, ReviewAction.Approve, ReviewState.Approved, new PersonId("r"), Instant.FromUtc(2023, 1, 1, 0, 0), [], null);
        var entry = context.Entry(transition);
        entry.Property("ChecklistId").CurrentValue = "c2";
        entry.Property("Sequence").CurrentValue = 5;
        entry.State = EntityState.Added;

        var save = () => context.SaveChanges();

        var thrown = save.Should().Throw<HistoryAppendOnlyException>().Which;
        (thrown.Sequence, thrown.Violation).Should().Be((5, AppendOnlyViolation.OutOfSequence));
        thrown.Detail.Should().Be(Catalog.Of(nameof(Messages.HistoryOutOfSequence), ("expected", 3)));
        thrown.Text.Id.Should().Be("EntityFrameworkCore.HistoryAppendOnly");
        thrown.Message.Should().Be(thrown.Text.Render(null));
        thrown.Text.Render(MessageCatalog.English).Should().Be(
            "History entry `ReviewTransition` (chain 'c2' #5) is append-only; the save was refused (Out of sequence): The next entry of this chain must have sequence 3.");
    }

    [Fact]
    public void SaveChanges_EntriesAppendedInTwoSaves_LinkToTheStoredTip()
    {
        using var database = Seeded(DatabaseKind.Sqlite, out _);
        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var current = context.Set<ChecklistReview>().Single(r => r.ChecklistId == "c2");
            context.Replace(current, Review("c2", 4));
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            StoredPrevious(context, "c2", 3).Should().Be(StoredHash(context, "c2", 2));
            StoredPrevious(context, "c2", 1).Should().Be(HistoryChain.GenesisHash);
            HistoryChainVerifier.Verify<ReviewTransition>(context, "c2").Should().Be(new HistoryChainReport(nameof(ReviewTransition), "c2", 4, null, new HistoryChainHead(nameof(ReviewTransition), "c2", 4, StoredHash(context, "c2", 4))));
        }
    }

    [Fact]
    public void Verify_NotAHistoryEntry_Throws()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "hist");
        using var context = KitDbContext.Create(database);

        var verify = () => HistoryChainVerifier.Verify<ChecklistReview>(context, "c1");

        verify.Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Be(Catalog.Of(nameof(Messages.NotAHistoryEntry), ("type", nameof(ChecklistReview))).Render(null));
    }

    [Fact]
    public void Verify_ChainKeyOfTheWrongType_Throws()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "hist");
        using var context = KitDbContext.Create(database);

        var verify = () => HistoryChainVerifier.Verify<ReviewTransition>(context, 42);

        verify.Should().Throw<ArgumentException>().WithParameterName("chainKey");
    }

    private static void Intact(DatabaseKind kind)
    {
        using var database = Seeded(kind, out var reviews);
        using var context = KitDbContext.Create(database, ensureCreated: false);

        var reports = HistoryChainVerifier.VerifyAll<ReviewTransition>(context);

        reports.Should().Equal(
            new HistoryChainReport(nameof(ReviewTransition), "c1", 6, null, new HistoryChainHead(nameof(ReviewTransition), "c1", 6, StoredHash(context, "c1", 6))),
            new HistoryChainReport(nameof(ReviewTransition), "c2", 2, null, new HistoryChainHead(nameof(ReviewTransition), "c2", 2, StoredHash(context, "c2", 2))));
        reports.Should().OnlyContain(r => r.IsIntact);
        reviews.Sum(r => r.History.Length).Should().Be(context.Set<ReviewTransition>().Count());
    }

    private static async Task EditedRow(DatabaseKind kind)
    {
        using var database = Seeded(kind, out _);
        await using var context = KitDbContext.Create(database, ensureCreated: false);
        var storedHash = StoredHash(context, "c1", 4);
        await context.Database.ExecuteSqlRawAsync($"UPDATE {Table} SET \"Reason\" = '理由已改' WHERE \"ChecklistId\" = 'c1' AND \"Sequence\" = 4");

        var report = await HistoryChainVerifier.VerifyAsync<ReviewTransition>(context, "c1");

        report.IsIntact.Should().BeFalse();
        report.EntryCount.Should().Be(6);
        var link = report.FirstBrokenLink!;
        (link.Sequence, link.Kind, link.ActualHash).Should().Be((4, HistoryBreakKind.ContentChanged, storedHash));
        link.ExpectedHash.Should().MatchRegex("^[0-9a-f]{64}$").And.NotBe(storedHash);
        (await HistoryChainVerifier.VerifyAsync<ReviewTransition>(context, "c2")).IsIntact.Should().BeTrue();
    }

    private static void DeletedRow(DatabaseKind kind)
    {
        using var database = Seeded(kind, out _);
        using var context = KitDbContext.Create(database, ensureCreated: false);
        var hashOfSecond = StoredHash(context, "c1", 2);
        var previousOfFourth = StoredPrevious(context, "c1", 4);
        context.Database.ExecuteSqlRaw($"DELETE FROM {Table} WHERE \"ChecklistId\" = 'c1' AND \"Sequence\" = 3");

        var report = HistoryChainVerifier.Verify<ReviewTransition>(context, "c1");

        report.EntryCount.Should().Be(5);
        report.FirstBrokenLink.Should().BeEquivalentTo(new
        {
            Sequence = 4,
            Kind = HistoryBreakKind.SequenceGap,
            ExpectedHash = hashOfSecond,
            ActualHash = previousOfFourth,
        });
        report.FirstBrokenLink!.Explanation.Should().Be(Catalog.Of(nameof(Messages.HistorySequenceGap), ("sequence", 4), ("previous", 2), ("missing", 3)));
        report.FirstBrokenLink.Explanation.Render(MessageCatalog.English).Should().Be("Entry #4 follows #2: entry #3 is missing (deleted).");
    }

    private static TestDatabase Seeded(DatabaseKind kind, out ChecklistReview[] reviews)
    {
        var database = TestDatabase.Create(kind, "hist");
        reviews = [Review("c1", 6), Review("c2", 2)];
        using var context = KitDbContext.Create(database);
        context.AddRange(reviews);
        context.SaveChanges();
        return database;
    }

    private static string StoredHash(DbContext context, string checklistId, int sequence) =>
        context.Set<ReviewTransition>()
            .Where(t => EF.Property<string>(t, "ChecklistId") == checklistId && EF.Property<int>(t, "Sequence") == sequence)
            .Select(t => EF.Property<string>(t, HistoryChain.HashProperty)).Single();

    private static string StoredPrevious(DbContext context, string checklistId, int sequence) =>
        context.Set<ReviewTransition>()
            .Where(t => EF.Property<string>(t, "ChecklistId") == checklistId && EF.Property<int>(t, "Sequence") == sequence)
            .Select(t => EF.Property<string>(t, HistoryChain.PreviousHashProperty)).Single();
}
