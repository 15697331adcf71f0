using AccountabilityKit.Assessment.Queries;
using AccountabilityKit.Assessment;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Citations;
using AccountabilityKit.EntityFrameworkCore.Assessment;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.TestSupport;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Assessment;

public sealed class AssessmentModelTests
{
    private static readonly AssessmentQuarter Q2 = AssessmentQuarter.Parse("2026Q2");
    private static readonly AssessmentQuarter Q3 = AssessmentQuarter.Parse("2026Q3");

    internal static readonly OrgUnit[] Units =
    [
        new(new OrgUnitId("NT"), "南通市委", UnitKind.City),
        new(new OrgUnitId("RG"), "如皋市委", UnitKind.County, new OrgUnitId("NT")),
        new(new OrgUnitId("RG-T1"), "如城街道党工委", UnitKind.Township, new OrgUnitId("RG")),
        new(new OrgUnitId("HM"), "海门区委", UnitKind.County, new OrgUnitId("NT")),
    ];

    internal static Finding[] Findings() =>
    [
        new("F-001", new OrgUnitId("RG"), Q2, FindingSource.QuarterlyInspection, "workStyle", FindingSeverity.General, "会议记录不规范")
        {
            ResponsibleLeaders = [new PersonId("P-SEC"), new PersonId("P-DEP")],
            RectificationDeadline = new LocalDate(2026, 6, 15),
            RectifiedOn = new LocalDate(2026, 6, 20),
            EvidenceReferences = ["如督〔2026〕12号", "附件3"],
            ShowsPrincipalResponsibilityFailure = true,
        },
        new("F-002", new OrgUnitId("RG-T1"), Q2, FindingSource.PatrolInspection, "political", FindingSeverity.Serious, "“三重一大”未集体决策")
        {
            RectificationDeadline = new LocalDate(2026, 5, 31),
        },
        new("F-003", new OrgUnitId("HM"), Q2, FindingSource.Letter, "partyLife", FindingSeverity.Minor, "组织生活会流于形式")
        {
            RectificationDeadline = new LocalDate(2026, 7, 31),
        },
        new("F-004", new OrgUnitId("RG"), Q3, FindingSource.RoutineSupervision, "cadreSelection", FindingSeverity.Minor, "干部档案审核不严"),
        new("F-005", new OrgUnitId("RG"), Q2, FindingSource.CaseInvestigation, "political", FindingSeverity.Minor, "学习制度执行不到位")
        {
            RectificationDeadline = new LocalDate(2026, 6, 1),
            RectifiedOn = new LocalDate(2026, 5, 20),
        },
    ];

    internal static ScoreCard[] Cards()
    {
        var tree = OrgTree.Build(Units);
        var scorer = new QuarterlyScorer(BuiltInRuleSets.CountyLevel2026, tree);
        var scored = scorer.Score(new ScoringInput(new OrgUnitId("RG"), Q2, AsOf: new LocalDate(2026, 6, 30)) { Findings = [.. Findings().Where(f => f.Quarter == Q2 && tree.IsWithin(f.Unit, new OrgUnitId("RG")))] });
        var vetoed = new ScoreCard(
            new OrgUnitId("HM"), Q2, "county-level", "2026.1", "county", 58.5m, Grade.Poor, "差",
            new VetoOutcome("majorIncident", null, "majorIncident", TestText.Of("发生重大安全事故，一票否决"), Citation.Parse("ARR2019 Art. 7 item 9")),
            [
                new ScoreLine(ScoreLineKind.Base, "base", null, 100m, TestText.Of("基础分")),
                new ScoreLine(ScoreLineKind.Deduction, "political", "F-009", -41.5m, TestText.Of("严重问题"), Citation.Parse("PCR2020 Art. 6")),
            ]);
        return [scored, vetoed];
    }

    [Fact]
    public void Findings_RoundTrip_Sqlite() => FindingsRoundTrip(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Findings_RoundTrip_Postgres() => FindingsRoundTrip(DatabaseKind.Postgres);

    [Fact]
    public void ScoreCards_RoundTrip_Sqlite() => ScoreCardsRoundTrip(DatabaseKind.Sqlite);

    [PostgresFact]
    public void ScoreCards_RoundTrip_Postgres() => ScoreCardsRoundTrip(DatabaseKind.Postgres);

    [Fact]
    public void RuleSetVersions_RoundTrip_Sqlite() => RuleSetVersionsRoundTrip(DatabaseKind.Sqlite);

    [PostgresFact]
    public void RuleSetVersions_RoundTrip_Postgres() => RuleSetVersionsRoundTrip(DatabaseKind.Postgres);

    [Fact]
    public void Specifications_RunInSql_Sqlite() => SpecificationsRunInSql(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Specifications_RunInSql_Postgres() => SpecificationsRunInSql(DatabaseKind.Postgres);

    [Fact]
    public void RuleSetVersionFrom_InvalidDocument_ThrowsWithCodeAndPath()
    {
        var json = ScoringRuleSetJson.Save(BuiltInRuleSets.CountyLevel2026).Replace("\"baseScore\": 100", "\"baseScore\": 100, \"bogus\": 1", StringComparison.Ordinal);
        json.Should().Contain("bogus");

        var act = () => ScoringRuleSetVersion.From(json);

        var issue = act.Should().Throw<ValidationFailedException>().Which.Report.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be(VocabularyIssueCodes.UnknownJsonProperty);
        issue.Path.Should().Be("$.bogus");
    }

    [Fact]
    public void RuleSetVersionLoad_RowEditedIntoInvalidRules_ThrowsWithCodeAndPath()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "ruleset");
        using (var context = KitDbContext.Create(database))
        {
            context.Add(ScoringRuleSetVersion.From(ScoringRuleSetJson.Save(BuiltInRuleSets.CountyLevel2026)));
            context.SaveChanges();
            var table = context.Model.FindEntityType(typeof(ScoringRuleSetVersion))!.GetTableName();
            var sql = "UPDATE \"" + table + "\" SET \"Json\" = replace(\"Json\", '\"floor\": 0', '\"floor\": 120')";
            context.Database.ExecuteSqlRaw(sql).Should().Be(1);
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var stored = context.Set<ScoringRuleSetVersion>().AsNoTracking().Single();
            var act = () => stored.Load();
            act.Should().Throw<ValidationFailedException>().Which.Report.Issues
                .Should().Contain(i => i.Code == AssessmentIssueCodes.FloorAboveBase && i.Path == "$.floor");
        }
    }

    private static readonly IReadOnlyList<PersonId> NoLeaders = [];
    private static readonly IReadOnlyList<string> NoEvidence = [];
    private static readonly IReadOnlyList<ScoreLine> NoLines = [];

    /// <summary>Deep equality of findings: record equality with the lists set aside (they compare by reference), then the lists item by item.</summary>
    internal static void ShouldRoundTrip(IReadOnlyList<Finding> loaded, IReadOnlyList<Finding> expected)
    {
        loaded.Select(f => f with { ResponsibleLeaders = NoLeaders, EvidenceReferences = NoEvidence })
            .Should().Equal(expected.Select(f => f with { ResponsibleLeaders = NoLeaders, EvidenceReferences = NoEvidence }));
        loaded.Select(f => f.ResponsibleLeaders).Should().Equal(expected.Select(f => f.ResponsibleLeaders), (a, b) => a.SequenceEqual(b));
        loaded.Select(f => f.EvidenceReferences).Should().Equal(expected.Select(f => f.EvidenceReferences), (a, b) => a.SequenceEqual(b));
    }

    /// <summary>Deep equality of score cards: record equality with the lines set aside, then the lines (records) item by item.</summary>
    internal static void ShouldRoundTrip(IReadOnlyList<ScoreCard> loaded, IReadOnlyList<ScoreCard> expected)
    {
        loaded.Select(c => c with { Lines = NoLines }).Should().Equal(expected.Select(c => c with { Lines = NoLines }));
        loaded.Select(c => c.Lines).Should().Equal(expected.Select(c => c.Lines), (a, b) => a.SequenceEqual(b));
    }

    private static void FindingsRoundTrip(DatabaseKind kind)
    {
        var findings = Findings();
        using var database = TestDatabase.Create(kind, "findings");
        using (var context = KitDbContext.Create(database))
        {
            context.AddRange(findings);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var loaded = context.Set<Finding>().AsNoTracking().OrderBy(f => f.Id).ToList();
            ShouldRoundTrip(loaded, findings);
            loaded.Select(f => f.RectificationAt(new LocalDate(2026, 6, 30)))
                .Should().Equal(findings.Select(f => f.RectificationAt(new LocalDate(2026, 6, 30))));
            loaded[0].ResponsibleLeaders.Should().Equal(new PersonId("P-SEC"), new PersonId("P-DEP"));
            loaded[3].RectificationDeadline.Should().BeNull();
        }
    }

    private static void ScoreCardsRoundTrip(DatabaseKind kind)
    {
        var cards = Cards();
        cards[0].Lines.Should().HaveCountGreaterThan(2, "the scored card explains itself in several lines");
        using var database = TestDatabase.Create(kind, "cards");
        using (var context = KitDbContext.Create(database))
        {
            context.AddRange(cards);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var loaded = context.Set<ScoreCard>().AsNoTracking().OrderBy(c => c.Unit).ToList();
            var expected = cards.OrderBy(c => c.Unit.Value, StringComparer.Ordinal).ToList();
            ShouldRoundTrip(loaded, expected);
            loaded.Select(c => c.Lines.Sum(l => l.Points)).Should().Equal(expected.Select(c => c.Total));
            loaded.Select(c => c.DeductedPoints).Should().Equal(expected.Select(c => c.DeductedPoints));
            context.Set<ScoreCard>().Where(c => c.Quarter == Q2 && c.Total < 60m).Select(c => c.Unit).ToList().Should().Equal(new OrgUnitId("HM"));
        }
    }

    private static void RuleSetVersionsRoundTrip(DatabaseKind kind)
    {
        var versions = new[]
        {
            ScoringRuleSetVersion.From(ScoringRuleSetJson.Save(BuiltInRuleSets.CountyLevel2026)),
            ScoringRuleSetVersion.From(ScoringRuleSetJson.Save(BuiltInRuleSets.CityDepartments2026)),
        };
        using var database = TestDatabase.Create(kind, "rulesets");
        using (var context = KitDbContext.Create(database))
        {
            context.AddRange(versions);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var loaded = context.Set<ScoringRuleSetVersion>().AsNoTracking().OrderBy(v => v.RuleSetId).ToList();
            loaded.Should().Equal(versions.OrderBy(v => v.RuleSetId, StringComparer.Ordinal));
            var ofYear = context.Set<ScoringRuleSetVersion>().Where(v => v.Year == new AssessmentYear(2026) && v.EffectiveFrom <= Q2 && v.EffectiveTo >= Q2)
                .Select(v => v.RuleSetId).OrderBy(id => id).ToList();
            ofYear.Should().Equal(loaded.Select(v => v.RuleSetId));
            var county = loaded.Single(v => v.RuleSetId == "county-level").Load();
            county.Version.Should().Be(loaded.Single(v => v.RuleSetId == "county-level").Version);
            county.Categories.Should().NotBeEmpty();
        }
    }

    private static void SpecificationsRunInSql(DatabaseKind kind)
    {
        var findings = Findings();
        var tree = OrgTree.Build(Units);
        using var database = TestDatabase.Create(kind, "specs");
        using var context = KitDbContext.Create(database);
        context.AddRange(findings);
        context.SaveChanges();

        var inScope = new FindingsInScopeSpec(DataScope.Subtree(tree, new OrgUnitId("RG")), Q2);
        var overdue = new OverdueFindingsSpec(new LocalDate(2026, 6, 30));
        foreach (var spec in new Specification<Finding>[] { inScope, overdue })
        {
            var query = OrderEvaluator.Instance.GetQuery(WhereEvaluator.Instance.GetQuery(context.Set<Finding>().AsNoTracking(), spec), spec);
            query.ToQueryString().Should().Contain("WHERE").And.Contain("ORDER BY");
            query.Select(f => f.Id).ToList().Should().Equal(spec.Evaluate(findings).Select(f => f.Id));
        }

        new FindingsInScopeSpec(DataScope.Subtree(tree, new OrgUnitId("RG")), Q2).Evaluate(findings).Select(f => f.Id)
            .Should().Equal("F-002", "F-001", "F-005");
        overdue.Evaluate(findings).Select(f => f.Id).Should().Equal("F-002");
    }
}
