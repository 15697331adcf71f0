using System.Globalization;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.EntityFrameworkCore.Accountability;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Repositories;
using AccountabilityKit.EntityFrameworkCore.Statistics;
using AccountabilityKit.EntityFrameworkCore.Tests.Accountability;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.EntityFrameworkCore.Tests.Specifications;
using AccountabilityKit.EntityFrameworkCore.Tests.Statistics;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.TestSupport;
using AccountabilityKit.Validation;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using static AccountabilityKit.EntityFrameworkCore.Tests.Checklists.ChecklistSamples;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Catalogue;

/// <summary>
/// Every text the package shows a person, produced from the bad inputs its tests use (tampered history chains, refused
/// saves, scope violations, an untranslatable statistics request, bad periods and pack versions, misused model
/// helpers): in zh-CN no English word, in English no Han character (user data in quotes exempt).
/// </summary>
public sealed class MessageCorpusTests
{
    [Fact]
    public async Task EveryText_ReadsAsChineseInZhCn_AndHasNoHanCharactersInEnglish()
    {
        var messages = await CorpusAsync();
        var exceptions = await ExceptionCorpusAsync();

        messages.Select(m => m.Id).Distinct().Should().HaveCountGreaterThanOrEqualTo(16, "the corpus covers the package's texts");
        foreach (var message in messages)
        {
            var zh = message.Render(MessageCatalog.Chinese);
            var en = message.Render(MessageCatalog.English);
            MessageText.EnglishWords(zh).Should().BeEmpty("{0} renders in zh-CN as \"{1}\"", message.Id, zh);
            MessageText.HanCharacters(en).Should().BeEmpty("{0} renders in English as \"{1}\"", message.Id, en);
            zh.Should().NotBe(en, "{0} has its own Chinese wording", message.Id);
        }

        exceptions.Should().HaveCount(4);
        foreach (var (name, zh, en) in exceptions)
        {
            MessageText.EnglishWords(zh).Should().BeEmpty("the {0} exception reads in zh-CN \"{1}\"", name, zh);
            MessageText.HanCharacters(en).Should().BeEmpty("the {0} exception reads in English \"{1}\"", name, en);
        }
    }

    [Fact]
    public void SequenceGap_RendersInBothCultures_WithTheExactChineseWording()
    {
        var link = Broken(Chain(3), remove: 2);

        link.Explanation.Id.Should().Be("EntityFrameworkCore.HistorySequenceGap");
        link.Explanation.Render(MessageCatalog.Chinese).Should().Be("第3条记录接在第1条之后：第2条记录缺失（已被删除）。");
        link.Explanation.Render(MessageCatalog.English).Should().Be("Entry #3 follows #1: entry #2 is missing (deleted).");
        link.Explanation.Render(CultureInfo.InvariantCulture).Should().Be(link.Explanation.Render(MessageCatalog.Chinese), "an unknown culture falls back to zh-CN");
    }

    [Fact]
    public void AppendOnlyException_RendersTheViolationAsItsLabel_AndTheDetailNested()
    {
        var thrown = new HistoryAppendOnlyException(
            nameof(ReviewTransition), "c1", 2, AppendOnlyViolation.Update, Catalog.Of(nameof(Messages.HistoryUpdateRefused)));

        thrown.Text.Render(MessageCatalog.Chinese).Should().Be(
            "历史记录`ReviewTransition`（链“c1”第2条）只能追加，已拒绝本次保存（修改历史记录）：历史记录只能新增，不能修改；请追加一条新记录。");
        thrown.Text.Render(MessageCatalog.English).Should().Be(
            "History entry `ReviewTransition` (chain 'c1' #2) is append-only; the save was refused (Update): History entries are insert-only; append a new entry instead.");
        thrown.Text["violation"]!.Value.Value.Should().Be(LabelledValue.Of(AppendOnlyViolation.Update));
    }

    [Fact]
    public void StatRequestTranslationException_OfTheGrandTotal_NamesIt()
    {
        var error = new StatRequestTranslationException(new StatRequest(), new StatGroupingSet(0, []), new InvalidOperationException("could not be translated"));

        error.Text!.Render(MessageCatalog.Chinese).Should().Be("统计请求无法在数据库中执行：数据库提供程序无法将分组集（合计）的查询转换为 SQL。");
        error.Text.Render(MessageCatalog.English).Should().Contain("grouping set (grand total)");
    }

    [Fact]
    public void DataScopeViolationException_DefaultMessage_ComesFromTheCatalogue()
    {
        var error = new DataScopeViolationException();

        error.Text!.Id.Should().Be("EntityFrameworkCore.DataScopeViolation");
        error.Message.Should().Be(error.Text.Render(null));
    }

    /// <summary>The messages the package's bad inputs produce.</summary>
    private static async Task<List<Message>> CorpusAsync()
    {
        var messages = new List<Message>();

        // History chains tampered with: gap, wrong genesis, wrong predecessor, changed content.
        messages.Add(Broken(Chain(3), remove: 2).Explanation);
        var chain = Chain(3);
        messages.Add(HistoryChainVerifier.Check("T", "k", [chain[0] with { PreviousHash = "forged" }]).FirstBrokenLink!.Explanation);
        messages.Add(HistoryChainVerifier.Check("T", "k", [chain[0], chain[1] with { PreviousHash = "forged" }]).FirstBrokenLink!.Explanation);
        messages.Add(HistoryChainVerifier.Check("T", "k", [chain[0], chain[1] with { CanonicalContent = "[\"改过\"]" }]).FirstBrokenLink!.Explanation);

        // Saves the interceptor refuses: update, delete, out of sequence, rewritten review history.
        messages.AddRange(RefusedSaves().SelectMany(e => new[] { e.Text, e.Detail }));

        // A scoped repository refusing: a unit outside, a row missing, includes.
        messages.AddRange(await ScopeViolationsAsync());

        // A statistics request the provider cannot translate.
        messages.Add((await UntranslatableAsync()).Text!);

        // Bad periods and pack versions (the pack's own issues come from the Accountability catalogue).
        messages.Add(IssuesOf(() => Array.Empty<AccountabilityCase>().AsQueryable().DecidedBetween(new LocalDate(2021, 6, 1), new LocalDate(2021, 5, 31))));
        messages.Add(IssuesOf(() => RegulationPackVersion.From(RegulationPackCatalog.CreateDefault(), AccountabilityModelTests.LocalPack, 0)));
        var badPack = AccountabilityModelTests.LocalPack.Replace("\"form\": \"admonishment\"", "\"form\": \"beheading\"", StringComparison.Ordinal);
        var packIssues = (Catch(() => RegulationPackVersion.From(RegulationPackCatalog.CreateDefault(), badPack, 1)) as ValidationFailedException)!.Report.Issues;
        messages.AddRange(packIssues.Select(i => i.Text));

        messages.Add(new DataScopeViolationException().Text!);
        messages.Add(new StatRequestTranslationException().Text!);
        return messages;
    }

    /// <summary>Exceptions whose message is rendered when thrown (model misuse): their text under zh-CN and English.</summary>
    private static async Task<List<(string Name, string Zh, string En)>> ExceptionCorpusAsync()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "corpus");
        await using var context = KitDbContext.Create(database);
        var detached = AccountabilityModelTests.OpenCase();
        context.Add(AccountabilityModelTests.OpenCase());
        await context.SaveChangesAsync();
        var stored = context.Set<AccountabilityCase>().Single();
        (string, Action)[] misuses =
        [
            ("not a history entry", () => HistoryChainVerifier.Verify<ChecklistReview>(context, "c1")),
            ("replace untracked", () => context.Replace(detached, detached with { IsTypicalCase = true })),
            ("no unit selector", () => UnitSelectors.For<TestDatabase>()),
            ("replacement with another key", () => context.Replace(stored, stored with { Id = "另一案件" })),
        ];
        return [.. misuses.Select(m => (m.Item1, Under(MessageCatalog.Chinese, m.Item2), Under(MessageCatalog.English, m.Item2)))];
    }

    private static string Under(CultureInfo culture, Action act)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            return Catch(act) switch
            {
                // The runtime appends " (Parameter 'name')" to an ArgumentException's message in English; ours is before it.
                ArgumentException { ParamName: { } name } e => e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal),
                { } e => e.Message,
                null => throw new InvalidOperationException("expected an exception"),
            };
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    private static Exception? Catch(Action act)
    {
        try
        {
            act();
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or ValidationFailedException)
        {
            return e;
        }
    }

    private static Message IssuesOf(Action act) =>
        (Catch(act) as ValidationFailedException)!.Report.Issues.Should().ContainSingle().Subject.Text;

    private static List<HistoryAppendOnlyException> RefusedSaves()
    {
        var refused = new List<HistoryAppendOnlyException>();
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "corpus-history");
        using (var seed = KitDbContext.Create(database))
        {
            seed.AddRange(Review("c1", 3), Review("c2", 2));
            seed.SaveChanges();
        }

        void Refused(Action<KitDbContext> change)
        {
            using var context = KitDbContext.Create(database, ensureCreated: false);
            change(context);
            refused.Add(((Action)(() => context.SaveChanges())).Should().Throw<HistoryAppendOnlyException>().Which);
        }

        ReviewTransition Stored(KitDbContext context, string id, int sequence) =>
            context.Set<ReviewTransition>().Single(t => EF.Property<string>(t, "ChecklistId") == id && EF.Property<int>(t, "Sequence") == sequence);

        Refused(c => c.Entry(Stored(c, "c1", 2)).Property(t => t.Reason).CurrentValue = "改过的理由");
        Refused(c => c.Remove(Stored(c, "c1", 1)));
        Refused(c =>
        {
            var entry = c.Entry(new ReviewTransition(ReviewState.Submitted, ReviewAction.Approve, ReviewState.Approved, new PersonId("r"), Instant.FromUtc(2023, 1, 1, 0, 0), [], null));
            entry.Property("ChecklistId").CurrentValue = "c2";
            entry.Property("Sequence").CurrentValue = 7;
            entry.State = EntityState.Added;
        });
        Refused(c => c.Replace(c.Set<ChecklistReview>().Single(r => r.ChecklistId == "c2"), ChecklistReview.Start("c2").Submit(new PersonId("someone-else"), new NodaTime.Testing.FakeClock(Instant.FromUtc(2023, 1, 1, 0, 0)))));
        refused.Select(e => e.Violation).Should().Equal(AppendOnlyViolation.Update, AppendOnlyViolation.Delete, AppendOnlyViolation.OutOfSequence, AppendOnlyViolation.Rewrite);
        return refused;
    }

    private static async Task<List<Message>> ScopeViolationsAsync()
    {
        using var database = SampleUnits.Seeded(DatabaseKind.Sqlite, "corpus-scope");
        await using var context = KitDbContext.Create(database, ensureCreated: false);
        var repository = new ScopedRepository<OrgUnit>(context, DataScope.Subtree(SampleUnits.Tree, SampleUnits.CountyA));
        var outside = SampleUnits.All.Single(u => u.Id == SampleUnits.CountyB) with { Name = "改名" };
        var facts = new ScopedRepository<AccountabilityFact>(context, DataScope.Subtree(SampleUnits.Tree, SampleUnits.CountyA));
        var neverStored = FactSamples.Fixed(1)[0] with { Unit = new OrgUnitId("u04") };
        var withInclude = new Specification<OrgUnit>();
        withInclude.Query.Include("Parent");
        var liftsFilters = new Specification<OrgUnit>();
        liftsFilters.Query.IgnoreQueryFilters();
        var leaking = new Specification<OrgUnit>();
        leaking.Query.PostProcessingAction(_ => [outside]);
        Func<Task>[] refused =
        [
            () => repository.UpdateAsync(outside, CancellationToken.None),
            () => facts.UpdateAsync(neverStored, CancellationToken.None),
            () => repository.ListAsync(withInclude, CancellationToken.None),
            () => repository.ListAsync(liftsFilters, CancellationToken.None),
            () => repository.ListAsync(leaking, CancellationToken.None),
            () => facts.AddAsync(neverStored with { Unit = SampleUnits.CountyB }, CancellationToken.None),
            async () =>
            {
                context.Set<OrgUnit>().Single(u => u.Id == SampleUnits.CountyB).Name.Should().NotBeEmpty();
                context.Entry(context.Set<OrgUnit>().Local.Single(u => u.Id == SampleUnits.CountyB)).Property(u => u.Name).CurrentValue = "改名";
                try
                {
                    await repository.SaveChangesAsync(CancellationToken.None);
                }
                finally
                {
                    context.ChangeTracker.Clear();
                }
            },
        ];
        var messages = new List<Message>();
        foreach (var act in refused)
        {
            messages.Add((await act.Should().ThrowAsync<DataScopeViolationException>()).Which.Text!);
        }

        messages.Select(m => m.Id).Should().Equal(
            "EntityFrameworkCore.DataScopeUnitOutside", "EntityFrameworkCore.DataScopeRowMissing", "EntityFrameworkCore.DataScopeIncludes",
            "EntityFrameworkCore.DataScopeSpecificationRefused", "EntityFrameworkCore.DataScopePostProcessingRefused",
            "EntityFrameworkCore.DataScopeAddRefused", "EntityFrameworkCore.DataScopePendingChange");
        return messages;
    }

    private static async Task<StatRequestTranslationException> UntranslatableAsync()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "corpus-stat");
        await using var context = KitDbContext.Create(database);
        context.Set<AccountabilityFact>().AddRange(FactSamples.Fixed(10));
        await context.SaveChangesAsync();
        var request = new StatRequest { Dimensions = [FactField.Form, FactField.Unit], Measures = [StatMeasure.Count()] };
        var source = context.Set<AccountabilityFact>().Where(f => IsInteresting(f));
        var act = () => source.ExecuteStatRequestAsync(request);
        return (await act.Should().ThrowAsync<StatRequestTranslationException>()).Which;
    }

    private static bool IsInteresting(AccountabilityFact fact) => fact.CaseId.Length > 0;

    /// <summary>An intact chain of <paramref name="count"/> entries.</summary>
    private static List<StoredHistoryEntry> Chain(int count)
    {
        var entries = new List<StoredHistoryEntry>();
        var previous = HistoryChain.GenesisHash;
        for (var sequence = 1; sequence <= count; sequence++)
        {
            var content = string.Create(CultureInfo.InvariantCulture, $"[\"第{sequence}步\"]");
            var hash = HistoryChain.ComputeHash(previous, "k", sequence, content);
            entries.Add(new StoredHistoryEntry(sequence, content, previous, hash));
            previous = hash;
        }

        return entries;
    }

    private static HistoryBrokenLink Broken(List<StoredHistoryEntry> chain, int remove) =>
        HistoryChainVerifier.Check("T", "k", [.. chain.Where(e => e.Sequence != remove)]).FirstBrokenLink!;
}
