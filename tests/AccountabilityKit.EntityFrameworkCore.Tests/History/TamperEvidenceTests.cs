using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.EntityFrameworkCore.Accountability;
using AccountabilityKit.EntityFrameworkCore.Assessment;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Tests.Accountability;
using AccountabilityKit.EntityFrameworkCore.Tests.Assessment;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.People;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using static AccountabilityKit.EntityFrameworkCore.Tests.Checklists.ChecklistSamples;

namespace AccountabilityKit.EntityFrameworkCore.Tests.History;

/// <summary>Regression tests of issue 18, "Histories": each tampering the adversarial run got past the verifier.</summary>
public sealed class TamperEvidenceTests
{
    private const string Transitions = "ak_checklist_review_transition";
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    [Fact]
    public void InvalidJsonInAHistoryColumn_IsReportedAsAnUnreadableLink_Sqlite() => InvalidJson(DatabaseKind.Sqlite);

    [PostgresFact]
    public void InvalidJsonInAHistoryColumn_IsReportedAsAnUnreadableLink_Postgres() => InvalidJson(DatabaseKind.Postgres);

    [Fact]
    public void InstantChangedByOneTick_IsReportedAsContentChanged_Sqlite()
    {
        using var database = Seeded(DatabaseKind.Sqlite);
        using var context = KitDbContext.Create(database, ensureCreated: false);
        context.Database.ExecuteSqlRaw($"UPDATE {Transitions} SET \"At\" = \"At\" + 1 WHERE \"ChecklistId\" = 'c1' AND \"Sequence\" = 3").Should().Be(1);

        var link = HistoryChainVerifier.Verify<ReviewTransition>(context, "c1").FirstBrokenLink!;

        (link.Sequence, link.Kind).Should().Be((3, HistoryBreakKind.ContentChanged));
    }

    [PostgresFact]
    public void InstantChangedByOneMicrosecond_IsReportedAsContentChanged_Postgres()
    {
        using var database = Seeded(DatabaseKind.Postgres);
        using var context = KitDbContext.Create(database, ensureCreated: false);
        context.Database.ExecuteSqlRaw($"UPDATE {Transitions} SET \"At\" = \"At\" + interval '1 microsecond' WHERE \"ChecklistId\" = 'c1' AND \"Sequence\" = 3").Should().Be(1);

        var link = HistoryChainVerifier.Verify<ReviewTransition>(context, "c1").FirstBrokenLink!;

        (link.Sequence, link.Kind).Should().Be((3, HistoryBreakKind.ContentChanged));
    }

    [Fact]
    public void SequenceStoredAsANonInteger_IsReportedAsUnreadable_Sqlite()
    {
        using var database = Seeded(DatabaseKind.Sqlite);
        using var context = KitDbContext.Create(database, ensureCreated: false);
        context.Database.ExecuteSqlRaw($"UPDATE {Transitions} SET \"Sequence\" = 2.5 WHERE \"ChecklistId\" = 'c1' AND \"Sequence\" = 2").Should().Be(1);

        var link = HistoryChainVerifier.Verify<ReviewTransition>(context, "c1").FirstBrokenLink!;

        (link.Sequence, link.Kind).Should().Be((2, HistoryBreakKind.Unreadable));
        link.Explanation.Id.Should().Be("EntityFrameworkCore.HistoryValueInexact");
    }

    [PostgresFact]
    public void SequenceSetToANonInteger_IsRoundedByTheColumnAndReportedAsAGap_Postgres()
    {
        using var database = Seeded(DatabaseKind.Postgres);
        using var context = KitDbContext.Create(database, ensureCreated: false);
        context.Database.ExecuteSqlRaw($"UPDATE {Transitions} SET \"Sequence\" = 6.6 WHERE \"ChecklistId\" = 'c1' AND \"Sequence\" = 6").Should().Be(1);

        var link = HistoryChainVerifier.Verify<ReviewTransition>(context, "c1").FirstBrokenLink!;

        (link.Sequence, link.Kind).Should().Be((7, HistoryBreakKind.SequenceGap));
    }

    [Fact]
    public void CurrentScoreCardTotalEdited_IsReportedAsCurrentStateChanged_Sqlite() => CardTotalEdited(DatabaseKind.Sqlite);

    [PostgresFact]
    public void CurrentScoreCardTotalEdited_IsReportedAsCurrentStateChanged_Postgres() => CardTotalEdited(DatabaseKind.Postgres);

    [Fact]
    public void ReviewHistorySnapshotEdited_IsReportedAsCurrentStateChanged()
    {
        using var database = Seeded(DatabaseKind.Sqlite);
        using var context = KitDbContext.Create(database, ensureCreated: false);
        context.Database.ExecuteSqlRaw("UPDATE ak_checklist_review SET \"History\" = replace(\"History\", 'reviewer-1', 'reviewer-9') WHERE \"ChecklistId\" = 'c1'").Should().Be(1);

        var report = HistoryChainVerifier.Verify<ReviewTransition>(context, "c1");

        report.FirstBrokenLink!.Kind.Should().Be(HistoryBreakKind.CurrentStateChanged);
        report.FirstBrokenLink.Explanation.Should().Be(Catalog.Of(nameof(Messages.HistoryCurrentStateChanged), ("field", "history"), ("sequence", 6)));
        report.Head.Should().BeNull();
        HistoryChainVerifier.Verify<ReviewTransition>(context, "c2").IsIntact.Should().BeTrue();
    }

    [Fact]
    public void ReviewStateEdited_IsReportedAsCurrentStateChanged()
    {
        using var database = Seeded(DatabaseKind.Sqlite);
        using var context = KitDbContext.Create(database, ensureCreated: false);
        context.Database.ExecuteSqlRaw("UPDATE ak_checklist_review SET \"State\" = 'Approved' WHERE \"ChecklistId\" = 'c2'").Should().Be(1);

        var link = HistoryChainVerifier.Verify<ReviewTransition>(context, "c2").FirstBrokenLink!;

        (link.Kind, link.Explanation.Arguments[0].Value).Should().Be((HistoryBreakKind.CurrentStateChanged, "state"));
    }

    [Fact]
    public void CurrentCaseDecisionEdited_IsReportedAsCurrentStateChanged()
    {
        var decided = AccountabilityModelTests.DecidedCase();
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "tamper");
        using (var context = KitDbContext.Create(database))
        {
            context.Add(decided);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            HistoryChainVerifier.Verify<CaseDecision>(context, decided.Id).IsIntact.Should().BeTrue();
            context.Database.ExecuteSqlRaw("UPDATE ak_accountability_case SET \"CorrectedOn\" = '2030-01-01'").Should().Be(1);

            var link = HistoryChainVerifier.Verify<CaseDecision>(context, decided.Id).FirstBrokenLink!;

            (link.Sequence, link.Kind, link.Explanation.Arguments[0].Value).Should().Be((1, HistoryBreakKind.CurrentStateChanged, "correctedOn"));
        }
    }

    [Fact]
    public void NewestEntriesDeleted_AreReportedAsTruncatedAgainstTheStoredHead_Sqlite() => Truncated(DatabaseKind.Sqlite);

    [PostgresFact]
    public void NewestEntriesDeleted_AreReportedAsTruncatedAgainstTheStoredHead_Postgres() => Truncated(DatabaseKind.Postgres);

    [Fact]
    public void WholeChainDeleted_IsReportedByVerifyAllWithHeads()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "tamper");
        var card = AssessmentModelTests.Cards()[1];
        var key = ScoreCardVersion.KeyOf(card.Unit, card.Quarter);
        using var context = KitDbContext.Create(database);
        context.Add(card);
        context.SaveChanges();
        var heads = HistoryChainVerifier.VerifyAll<ScoreCardVersion>(context).Select(r => r.Head!).ToList();
        context.Database.ExecuteSqlRaw("DELETE FROM ak_score_card_version");
        context.Database.ExecuteSqlRaw("DELETE FROM ak_score_card");

        var reports = HistoryChainVerifier.VerifyAllWithHeads<ScoreCardVersion>(context, heads);

        reports.Should().ContainSingle().Which.Should().BeEquivalentTo(new { ChainKey = key, EntryCount = 0, FirstBrokenLink = new { Sequence = 1, Kind = HistoryBreakKind.Truncated } });
    }

    [Fact]
    public void ChainRewrittenWithRecomputedHashes_IsReportedAsHeadMismatchAgainstTheStoredHead()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "tamper");
        var card = AssessmentModelTests.Cards()[1];
        var key = ScoreCardVersion.KeyOf(card.Unit, card.Quarter);
        using var context = KitDbContext.Create(database);
        context.Add(card);
        context.SaveChanges();
        var head = HistoryChainVerifier.Verify<ScoreCardVersion>(context, key).Head!;

        // Who saved the card is rewritten, and every hash recomputed: the unkeyed chain alone cannot tell.
        context.Database.ExecuteSqlRaw("UPDATE ak_score_card_version SET \"RecordedBy\" = 'someone-else'");
        Rehash<ScoreCardVersion>(context, key, ScoreCardHistory.Canonical, keyBytes: null);

        HistoryChainVerifier.Verify<ScoreCardVersion>(context, key).IsIntact.Should().BeTrue("an unkeyed chain rewritten whole is consistent (the documented limit)");
        var link = HistoryChainVerifier.VerifyWithHead<ScoreCardVersion>(context, key, head).FirstBrokenLink!;
        (link.Sequence, link.Kind, link.ExpectedHash).Should().Be((1, HistoryBreakKind.HeadMismatch, head.Hash));
    }

    [Fact]
    public void KeyedChainRewrittenWithoutTheKey_IsReportedAsContentChanged()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "tamper");
        var card = AssessmentModelTests.Cards()[1];
        var key = ScoreCardVersion.KeyOf(card.Unit, card.Quarter);
        void Keyed(HistoryOptions o)
        {
            KitDbContext.TestHistory(o);
            o.Key = Key;
        }

        using var context = KitDbContext.Create(database, history: Keyed);
        context.Add(card);
        context.SaveChanges();
        var stored = context.Set<ScoreCardVersion>().Select(v => EF.Property<string>(v, HistoryChain.HashProperty)).Single();
        stored.Should().NotBe(HistoryChain.ComputeHash(HistoryChain.GenesisHash, key, 1, ScoreCardHistory.Canonical(context.Set<ScoreCardVersion>().AsNoTracking().Single())));
        HistoryChainVerifier.Verify<ScoreCardVersion>(context, key).IsIntact.Should().BeTrue();

        context.Database.ExecuteSqlRaw("UPDATE ak_score_card_version SET \"RecordedBy\" = 'someone-else'");
        Rehash<ScoreCardVersion>(context, key, ScoreCardHistory.Canonical, keyBytes: null);

        var link = HistoryChainVerifier.Verify<ScoreCardVersion>(context, key).FirstBrokenLink!;
        (link.Sequence, link.Kind).Should().Be((1, HistoryBreakKind.ContentChanged));
        using var unkeyed = KitDbContext.Create(database, ensureCreated: false);
        HistoryChainVerifier.Verify<ScoreCardVersion>(unkeyed, key).IsIntact.Should().BeTrue("without the key the same forgery passes");
    }

    [Fact]
    public void KeyedChain_AfterRotation_VerifiesWithThePreviousKeyListed()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "tamper");
        var card = AssessmentModelTests.Cards()[1];
        var key = ScoreCardVersion.KeyOf(card.Unit, card.Quarter);
        var newKey = Key.Select(b => (byte)(b + 100)).ToArray();
        using (var context = KitDbContext.Create(database, history: o => { KitDbContext.TestHistory(o); o.Key = Key; }))
        {
            context.Add(card);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false, history: o => { KitDbContext.TestHistory(o); o.Key = newKey; }))
        {
            HistoryChainVerifier.Verify<ScoreCardVersion>(context, key).FirstBrokenLink!.Kind.Should().Be(HistoryBreakKind.ContentChanged);
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false, history: o => { KitDbContext.TestHistory(o); o.Key = newKey; o.PreviousKeys.Add(Key); }))
        {
            var stored = context.Set<ScoreCard>().Single();
            context.Replace(stored, stored with { Total = 80m });
            context.SaveChanges();
            HistoryChainVerifier.Verify<ScoreCardVersion>(context, key).Should().Match<HistoryChainReport>(r => r.IsIntact && r.EntryCount == 2);
        }
    }

    [Fact]
    public void HistoryKeyShorterThan32Bytes_IsRefused()
    {
        var set = () => new HistoryOptions { Key = new byte[16] };

        set.Should().Throw<ArgumentException>().WithParameterName("Key");
    }

    [Fact]
    public void SavingAHistoryEntryWithoutAnActor_IsRefusedWithATypedErrorAndSavesNothing()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "tamper");
        using var context = KitDbContext.Create(database, history: o => o.Clock = KitDbContext.Clock);
        context.Add(AssessmentModelTests.Cards()[1]);

        var save = () => context.SaveChanges();

        var thrown = save.Should().Throw<HistoryActorMissingException>().Which;
        (thrown.EntityType, thrown.Text.Id).Should().Be((nameof(ScoreCardVersion), "EntityFrameworkCore.HistoryActorMissing"));
        using var check = KitDbContext.Create(database, ensureCreated: false);
        check.Set<ScoreCard>().Count().Should().Be(0);
    }

    [Fact]
    public void AmbientActorReturningNobody_IsRefused()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "tamper");
        using var context = KitDbContext.Create(database, history: o => { o.Clock = KitDbContext.Clock; o.Actor = new FixedActor(null); });
        context.Add(AccountabilityModelTests.DecidedCase());

        var save = () => context.SaveChanges();

        save.Should().Throw<HistoryActorMissingException>().Which.EntityType.Should().Be(nameof(CaseDecision));
    }

    [Fact]
    public void EveryKitHistoryEntry_RecordsTheActorAndTheClocksInstant_Sqlite() => ActorAndInstant(DatabaseKind.Sqlite, Duration.FromTicks(1));

    [PostgresFact]
    public void EveryKitHistoryEntry_RecordsTheActorAndTheClocksInstant_Postgres() => ActorAndInstant(DatabaseKind.Postgres, Duration.FromNanoseconds(1000));

    [Fact]
    public void SaveChangesBy_RecordsTheExplicitActorOverTheAmbientOne()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "tamper");
        var explicitActor = new PersonId("reviewer-7");
        using (var context = KitDbContext.Create(database))
        {
            context.Add(AssessmentModelTests.Cards()[1]);
            context.SaveChangesBy(explicitActor);
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            context.Set<ScoreCardVersion>().AsNoTracking().Single().RecordedBy.Should().Be(explicitActor);
            var stored = context.Set<ScoreCard>().Single();
            context.Replace(stored, stored with { Total = 80m });
            context.SaveChanges();
            context.Set<ScoreCardVersion>().AsNoTracking().OrderBy(v => v.Sequence).Select(v => v.RecordedBy).ToList().Should().Equal(explicitActor, KitDbContext.Actor);
        }
    }

    [Fact]
    public async Task SaveChangesByAsync_RecordsTheExplicitActorEvenWithoutAnAmbientOne()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "tamper");
        await using var context = KitDbContext.Create(database, history: o => o.Clock = KitDbContext.Clock);
        context.Add(AssessmentModelTests.Cards()[1]);

        await context.SaveChangesByAsync(new PersonId("reviewer-7"));

        (await context.Set<ScoreCardVersion>().AsNoTracking().SingleAsync()).RecordedBy.Should().Be(new PersonId("reviewer-7"));
    }

    private static void ActorAndInstant(DatabaseKind kind, Duration precision)
    {
        using var database = TestDatabase.Create(kind, "tamper");
        var expected = Instant.FromUnixTimeTicks(KitDbContext.Clock.GetCurrentInstant().ToUnixTimeTicks() / (precision.BclCompatibleTicks) * precision.BclCompatibleTicks);
        using (var context = KitDbContext.Create(database))
        {
            context.Add(AssessmentModelTests.Cards()[1]);
            context.Add(AccountabilityModelTests.DecidedCase());
            context.Add(ScoringRuleSetVersion.From(ScoringRuleSetJson.Save(BuiltInRuleSets.CountyLevel2026)));
            context.Add(RegulationPackVersion.From(RegulationPackCatalog.CreateDefault(), AccountabilityModelTests.LocalPack, 1));
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var recorded = new List<(PersonId By, Instant At)>
            {
                context.Set<ScoreCardVersion>().AsNoTracking().Select(v => new { v.RecordedBy, v.RecordedAt }).AsEnumerable().Select(v => (v.RecordedBy, v.RecordedAt)).Single(),
                context.Set<CaseDecision>().AsNoTracking().Select(v => new { v.RecordedBy, v.RecordedAt }).AsEnumerable().Select(v => (v.RecordedBy, v.RecordedAt)).Single(),
                context.Set<ScoringRuleSetVersion>().AsNoTracking().Select(v => new { v.RecordedBy, v.RecordedAt }).AsEnumerable().Select(v => (v.RecordedBy, v.RecordedAt)).Single(),
                context.Set<RegulationPackVersion>().AsNoTracking().Select(v => new { v.RecordedBy, v.RecordedAt }).AsEnumerable().Select(v => (v.RecordedBy, v.RecordedAt)).Single(),
            };
            recorded.Should().AllBeEquivalentTo((KitDbContext.Actor, expected));
            HistoryChainVerifier.VerifyAll<ScoreCardVersion>(context).Should().OnlyContain(r => r.IsIntact);
            HistoryChainVerifier.VerifyAll<CaseDecision>(context).Should().OnlyContain(r => r.IsIntact);
        }
    }

    private static void InvalidJson(DatabaseKind kind)
    {
        using var database = Seeded(kind);
        using var context = KitDbContext.Create(database, ensureCreated: false);
        context.Database.ExecuteSqlRaw($"UPDATE {Transitions} SET \"IssueCodes\" = '[\"CL01' WHERE \"ChecklistId\" = 'c1' AND \"Sequence\" = 4").Should().Be(1);

        var report = HistoryChainVerifier.Verify<ReviewTransition>(context, "c1");

        report.EntryCount.Should().Be(6);
        (report.FirstBrokenLink!.Sequence, report.FirstBrokenLink.Kind).Should().Be((4, HistoryBreakKind.Unreadable));
        report.FirstBrokenLink.Explanation.Should().Be(Catalog.Of(nameof(Messages.HistoryEntryUnreadable), ("sequence", 4)));
        HistoryChainVerifier.VerifyAll<ReviewTransition>(context).Select(r => r.IsIntact).Should().Equal(false, true);
    }

    private static void CardTotalEdited(DatabaseKind kind)
    {
        var card = AssessmentModelTests.Cards()[1];
        var key = ScoreCardVersion.KeyOf(card.Unit, card.Quarter);
        using var database = TestDatabase.Create(kind, "tamper");
        using (var context = KitDbContext.Create(database))
        {
            context.Add(card);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var stored = context.Set<ScoreCard>().Single();
            context.Replace(stored, stored with { Total = 70m });
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            HistoryChainVerifier.Verify<ScoreCardVersion>(context, key).IsIntact.Should().BeTrue("a card re-read with another decimal scale is the same card");
            context.Database.ExecuteSqlRaw("UPDATE ak_score_card SET \"Total\" = 99").Should().Be(1);

            var link = HistoryChainVerifier.Verify<ScoreCardVersion>(context, key).FirstBrokenLink!;

            (link.Sequence, link.Kind).Should().Be((2, HistoryBreakKind.CurrentStateChanged));
            link.Explanation.Should().Be(Catalog.Of(nameof(Messages.HistoryCurrentStateChanged), ("field", "total"), ("sequence", 2)));
        }
    }

    private static void Truncated(DatabaseKind kind)
    {
        using var database = Seeded(kind);
        using var context = KitDbContext.Create(database, ensureCreated: false);
        var head = HistoryChainVerifier.Verify<ReviewTransition>(context, "c1").Head!;
        head.Should().Be(new HistoryChainHead(nameof(ReviewTransition), "c1", 6, head.Hash));
        context.Database.ExecuteSqlRaw($"DELETE FROM {Transitions} WHERE \"ChecklistId\" = 'c1' AND \"Sequence\" >= 5").Should().Be(2);
        // The review row is deleted too, so that nothing but the stored head remembers the two entries.
        context.Database.ExecuteSqlRaw("DELETE FROM ak_checklist_review WHERE \"ChecklistId\" = 'c1'").Should().Be(1);

        HistoryChainVerifier.Verify<ReviewTransition>(context, "c1").IsIntact.Should().BeTrue("a shortened chain is consistent on its own (the documented limit)");
        var report = HistoryChainVerifier.VerifyWithHead<ReviewTransition>(context, "c1", head);

        report.FirstBrokenLink!.Should().BeEquivalentTo(new { Sequence = 6, Kind = HistoryBreakKind.Truncated, ExpectedHash = head.Hash });
        report.FirstBrokenLink.Explanation.Should().Be(Catalog.Of(nameof(Messages.HistoryTruncated), ("sequence", 6), ("count", 4)));
        var wrongChain = () => HistoryChainVerifier.VerifyWithHead<ReviewTransition>(context, "c2", head);
        wrongChain.Should().Throw<ArgumentException>().WithParameterName("expectedHead");
    }

    // What someone with write access to the database but without the key does: recompute every hash of a chain (unkeyed).
    private static void Rehash<T>(DbContext context, string chainKey, Func<T, string> canonical, byte[]? keyBytes)
        where T : class
    {
        context.ChangeTracker.Clear();
        var entityType = context.Model.FindEntityType(typeof(T))!;
        var descriptor = HistoryEntryDescriptor.Require(context, typeof(T));
        var rows = descriptor.LoadChainAsync(context, chainKey, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        var previous = HistoryChain.GenesisHash;
        foreach (var row in rows)
        {
            var hash = keyBytes is null
                ? HistoryChain.ComputeHash(previous, chainKey, row.Sequence, canonical((T)row.Entity!))
                : HistoryChain.ComputeHash(keyBytes, previous, chainKey, row.Sequence, canonical((T)row.Entity!));
            var sql = $"UPDATE \"{entityType.GetTableName()}\" SET \"PreviousHash\" = {{0}}, \"Hash\" = {{1}} WHERE \"{descriptor.ChainKeyProperty}\" = {{2}} AND \"{descriptor.SequenceProperty}\" = {{3}}";
            context.Database.ExecuteSqlRaw(sql, previous, hash, chainKey, row.Sequence).Should().Be(1);
            previous = hash;
        }
    }

    private static TestDatabase Seeded(DatabaseKind kind)
    {
        var database = TestDatabase.Create(kind, "tamper");
        using var context = KitDbContext.Create(database);
        context.AddRange(Review("c1", 6), Review("c2", 2));
        context.SaveChanges();
        return database;
    }
}
