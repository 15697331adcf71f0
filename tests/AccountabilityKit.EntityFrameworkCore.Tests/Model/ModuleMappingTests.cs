using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Checklists.Records;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.EntityFrameworkCore.Accountability;
using AccountabilityKit.EntityFrameworkCore.Assessment;
using AccountabilityKit.EntityFrameworkCore.Checklists;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Repositories;
using AccountabilityKit.EntityFrameworkCore.Statistics;
using AccountabilityKit.EntityFrameworkCore.Tests.Assessment;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.EntityFrameworkCore.Tests.Statistics;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using static AccountabilityKit.EntityFrameworkCore.Tests.Checklists.ChecklistSamples;
using M = AccountabilityKit.EntityFrameworkCore.Model.AccountabilityKitModule;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Model;

/// <summary><c>ApplyAccountabilityKit(o =&gt; o.Checklists()…)</c> maps exactly the named modules; none named maps all.</summary>
public sealed class ModuleMappingTests
{
    private static readonly Dictionary<M, (Type[] Types, string[] Tables)> Expected = new()
    {
        [M.Organization] = ([typeof(OrgUnit)], ["org_unit"]),
        [M.Checklists] = (
            [typeof(ChecklistTemplate), typeof(ResponsibilityChecklist), typeof(ChecklistReview), typeof(ReviewTransition), typeof(DutyRecord)],
            ["checklist", "checklist_review", "checklist_review_transition", "checklist_template", "duty_record"]),
        [M.Assessment] = (
            [typeof(Finding), typeof(ScoreCard), typeof(ScoreCardVersion), typeof(ScoringRuleSetVersion)],
            ["finding", "score_card", "score_card_version", "scoring_rule_set_version"]),
        [M.Accountability] = (
            [typeof(AccountabilityCase), typeof(CaseDecision), typeof(RegulationPackVersion)],
            ["accountability_case", "case_decision", "regulation_pack_version"]),
        [M.Statistics] = (
            [typeof(AccountabilityFact), typeof(DisciplineMeasureFact)],
            ["accountability_fact", "discipline_measure_fact"]),
    };

    public static TheoryData<M> Modules() => [.. Enum.GetValues<M>()];

    [Fact]
    public void Options_NoModuleNamed_IsEmpty_AndNamingIsChainedAndIdempotent()
    {
        var options = new AccountabilityKitModelOptions();
        options.Modules.Should().BeEmpty("the default maps every module");

        options.Statistics().Checklists().Should().BeSameAs(options);
        options.Checklists();

        options.Modules.Should().Equal(M.Checklists, M.Statistics);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void ApplyAccountabilityKit_OneModule_MapsExactlyItsEntityTypesAndTables_Sqlite(M module)
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "modules");
        using var context = ModulesContext.Create(database, module);

        RootTypes(context).Should().BeEquivalentTo(Expected[module].Types);
        context.Database.EnsureCreated().Should().BeTrue();
        SqliteTables(context).Should().BeEquivalentTo(Expected[module].Tables.Select(t => "ak_" + t));
    }

    [Fact]
    public void ApplyAccountabilityKit_ChecklistsOnly_StoresAndVerifiesAReviewHistory()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "modules");
        using (var context = ModulesContext.Create(database, M.Checklists))
        {
            context.Database.EnsureCreated();
            context.Add(Checklist("c1", CountyA));
            context.Add(Review("c1", 3));
            context.SaveChanges();
        }

        using var reader = ModulesContext.Create(database, M.Checklists);
        reader.Set<ReviewTransition>().Count().Should().Be(3);
        HistoryChainVerifier.Verify<ReviewTransition>(reader, "c1").IsIntact.Should().BeTrue();
    }

    [Fact]
    public void ApplyAccountabilityKit_AssessmentOnly_StoresScoreCardVersions()
    {
        var card = AssessmentModelTests.Cards()[1];
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "modules");
        using var context = ModulesContext.Create(database, M.Assessment);
        context.Database.EnsureCreated();

        context.Add(card);
        context.SaveChanges();

        HistoryChainVerifier.Verify<ScoreCardVersion>(context, ScoreCardVersion.KeyOf(card.Unit, card.Quarter))
            .Should().Match<HistoryChainReport>(r => r.IsIntact && r.EntryCount == 1);
    }

    [Fact]
    public async Task ApplyAccountabilityKit_ChecklistsAndStatistics_MapsBoth_AndPushesStatisticsDown()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "modules");
        await using var context = ModulesContext.Create(database, M.Statistics, M.Checklists);

        RootTypes(context).Should().BeEquivalentTo(Expected[M.Checklists].Types.Concat(Expected[M.Statistics].Types));
        context.Database.EnsureCreated();
        SqliteTables(context).Should().BeEquivalentTo(
            Expected[M.Checklists].Tables.Concat(Expected[M.Statistics].Tables).Select(t => "ak_" + t));
        context.AddRange(FactSamples.Fixed(30));
        await context.SaveChangesAsync();

        var table = await context.Set<AccountabilityFact>().ExecuteStatRequestAsync(new StatRequest { Dimensions = [FactField.Region], Measures = [StatMeasure.Count()] });

        table.Rows.Should().NotBeEmpty();
    }

    [PostgresFact]
    public void ApplyAccountabilityKit_ChecklistsAndAssessment_CreatesExactlyTheirTables_Postgres()
    {
        using var database = TestDatabase.Create(DatabaseKind.Postgres, "modules");
        using var context = ModulesContext.Create(database, M.Checklists, M.Assessment);

        context.Database.EnsureCreated().Should().BeTrue();

        PostgresTables(context).Should().BeEquivalentTo(
            Expected[M.Checklists].Tables.Concat(Expected[M.Assessment].Tables).Select(t => "ak_" + t));
        context.Add(AssessmentModelTests.Cards()[1]);
        context.Add(Review("c1", 2));
        context.SaveChanges();
        HistoryChainVerifier.VerifyAll<ReviewTransition>(context).Should().ContainSingle().Which.IsIntact.Should().BeTrue();
    }

    [Fact]
    public void ApplyAccountabilityKit_NoModuleNamed_MapsEveryModule_TheSameModelAsNamingThemAll()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "modules");
        using var byDefault = ModulesContext.Create(database);
        using var allNamed = ModulesContext.Create(database, Enum.GetValues<M>());

        RootTypes(byDefault).Should().BeEquivalentTo(Expected.Values.SelectMany(e => e.Types));
        Describe(byDefault).Should().Be(Describe(allNamed));
        byDefault.Database.EnsureCreated();
        SqliteTables(byDefault).Should().HaveCount(15).And.BeEquivalentTo(Expected.Values.SelectMany(e => e.Tables).Select(t => "ak_" + t));
    }

    [Fact]
    public void ModelAreas_EachModuleListsTheEntityTypesItsAreaMaps()
    {
        foreach (var area in ModelAreas.All)
        {
            area.EntityTypes.Should().BeEquivalentTo(Expected[area.Module].Types, "the module table of {0}", area.Module);
            ModelAreas.Owning(area.EntityTypes[0]).Should().BeSameAs(area);
        }

        ModelAreas.Owning(typeof(string)).Should().BeNull();
    }

    [Fact]
    public void ScopedRepository_OfAnUnmappedModule_ThrowsModuleNotMapped_WithTheCatalogueMessage()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "modules");
        using var context = ModulesContext.Create(database, M.Checklists);

        var act = () => new ScopedRepository<Finding>(context, DataScope.Subtree(OrgTree.Build(Units), City));

        var error = act.Should().Throw<AccountabilityKitModuleNotMappedException>().Which;
        error.Module.Should().Be(M.Assessment);
        error.EntityType.Should().Be<Finding>();
        error.Text!.Id.Should().Be("EntityFrameworkCore.ModuleNotMapped");
        error.Text.Render(MessageCatalog.Chinese).Should().Be(
            "`Finding`属于考核评价模块，但`ModulesContext`的模型未映射该模块：请在`ApplyAccountabilityKit`的配置中加上`o.Assessment()`，或不指定任何模块以映射全部模块。");
        error.Text.Render(MessageCatalog.English).Should().Be(
            "`Finding` belongs to the assessment module, which the model of `ModulesContext` does not map: add `o.Assessment()` to its `ApplyAccountabilityKit` configuration, or name no module to map them all.");
        error.Message.Should().Be(error.Text.Render(null));
    }

    [Fact]
    public void ScopedRepository_OfAHostTypeNotInTheModel_ThrowsNotAnEntityType()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "modules");
        using var context = ModulesContext.Create(database, M.Checklists);

        var act = () => new ScopedRepository<HostRow>(context, DataScope.Subtree(OrgTree.Build(Units), City), r => r.Unit);

        act.Should().Throw<InvalidOperationException>()
            .Where(e => e.GetType() == typeof(InvalidOperationException))
            .WithMessage(Catalog.Of(nameof(Messages.NotAnEntityType), ("type", nameof(HostRow)), ("context", nameof(ModulesContext))).Render(null));
    }

    [Fact]
    public void HistoryChainVerifier_OfAnUnmappedModule_ThrowsModuleNotMapped()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "modules");
        using var context = ModulesContext.Create(database, M.Checklists);

        var act = () => HistoryChainVerifier.VerifyAll<CaseDecision>(context);

        act.Should().Throw<AccountabilityKitModuleNotMappedException>()
            .Which.Should().Match<AccountabilityKitModuleNotMappedException>(e => e.Module == M.Accountability && e.EntityType == typeof(CaseDecision));
    }

    [Fact]
    public async Task ExecuteStatRequestAsync_WithoutTheStatisticsModule_ThrowsModuleNotMapped()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "modules");
        await using var context = ModulesContext.Create(database, M.Checklists);
        var request = new StatRequest { Dimensions = [FactField.Region], Measures = [StatMeasure.Count()] };

        var run = () => context.Set<AccountabilityFact>().ExecuteStatRequestAsync(request);
        var sql = () => context.Set<AccountabilityFact>().ToStatRequestSql(request);

        (await run.Should().ThrowAsync<AccountabilityKitModuleNotMappedException>()).Which.Module.Should().Be(M.Statistics);
        sql.Should().Throw<AccountabilityKitModuleNotMappedException>().Which.Text!["option"]!.Value.Value.Should().Be("Statistics");
    }

    [Fact]
    public void SaveChanges_AggregateWhoseHistoryModuleIsNotMapped_ThrowsModuleNotMapped_AndSavesNothing()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "modules");
        using var context = new HostReviewContext(database.Options<HostReviewContext>(b => b.UseAccountabilityKit(KitDbContext.TestHistory)));
        context.Database.EnsureCreated();
        context.Add(Review("c1", 2));

        var act = () => context.SaveChanges();

        var error = act.Should().Throw<AccountabilityKitModuleNotMappedException>().Which;
        error.Module.Should().Be(M.Checklists);
        error.EntityType.Should().Be<ReviewTransition>();
        error.Text!.Id.Should().Be("EntityFrameworkCore.HistoryModuleNotMapped");
        error.Text.Render(MessageCatalog.Chinese).Should().Be(
            "正在保存的`ChecklistReview`的历史记录`ReviewTransition`属于责任清单模块，但`HostReviewContext`的模型未映射该模块，历史记录无法写入：请在`ApplyAccountabilityKit`的配置中加上`o.Checklists()`。");
        context.ChangeTracker.Clear();
        context.Set<ChecklistReview>().Count().Should().Be(0);
    }

    [Fact]
    public void ModuleNotMappedMessages_ReadAsChineseInZhCn_AndHaveNoHanCharactersInEnglish()
    {
        foreach (var area in ModelAreas.All)
        {
            Message[] messages =
            [
                Catalog.Of(nameof(Messages.ModuleNotMapped), ("type", "T"), MessageArgument.Of("module", area.Module), ("context", "C"), ("option", area.OptionName)),
                Catalog.Of(nameof(Messages.HistoryModuleNotMapped), ("aggregate", "A"), ("type", "T"), MessageArgument.Of("module", area.Module), ("context", "C"), ("option", area.OptionName)),
                new AccountabilityKitModuleNotMappedException().Text ?? Catalog.Of(nameof(Messages.ModuleNotMappedGeneral)),
            ];
            foreach (var message in messages)
            {
                AccountabilityKit.TestSupport.MessageText.EnglishWords(message.Render(MessageCatalog.Chinese)).Should().BeEmpty();
                AccountabilityKit.TestSupport.MessageText.HanCharacters(message.Render(MessageCatalog.English)).Should().BeEmpty();
            }
        }
    }

    private static List<Type> RootTypes(DbContext context) =>
        [.. context.Model.GetEntityTypes().Where(t => !t.IsOwned()).Select(t => t.ClrType)];

    private static string Describe(DbContext context) =>
        context.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model.ToDebugString(Microsoft.EntityFrameworkCore.Infrastructure.MetadataDebugStringOptions.LongDefault);

    private static List<string> SqliteTables(DbContext context) =>
        [.. context.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name LIKE 'ak\\_%' ESCAPE '\\'").AsEnumerable()];

    private static List<string> PostgresTables(DbContext context) =>
        [.. context.Database.SqlQueryRaw<string>("SELECT table_name::text AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'").AsEnumerable()];

    /// <summary>A host's own row type, not in any AccountabilityKit module.</summary>
    private sealed record HostRow(string Id, OrgUnitId Unit);

    /// <summary>A host that maps checklist reviews itself but not the checklists module (so not their history table).</summary>
    private sealed class HostReviewContext(DbContextOptions<HostReviewContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.ApplyAccountabilityKit(o => o.Organization());
            modelBuilder.Entity<ChecklistReview>(review =>
            {
                review.HasKey(r => r.ChecklistId);
                review.Property(r => r.State);
                review.Property(r => r.History).HasTransitionsJson();
            });
        }
    }
}
