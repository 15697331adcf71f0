using System.Globalization;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Export;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Reports;
using AccountabilityKit.Statistics.Tests.TestSupport;
using AccountabilityKit.TestSupport;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests;

/// <summary>
/// Every text the package produces comes from its catalogue: the bad inputs of the package's tests give issues that read
/// as Chinese in zh-CN and carry no Han character in English, and the report and export texts do the same.
/// </summary>
public sealed class MessagesTests
{
    private static readonly UnitGroup[] Groups = [new("departments", "部门", [UnitKind.CountyDepartment])];

    /// <summary>The bad inputs of the package's tests (every validator and loader), with the issues they give.</summary>
    public static TheoryData<string> Corpus => [.. BadInputs().Keys];

    private static Dictionary<string, Func<ValidationReport>> BadInputs() => new()
    {
        ["request: every kind of mistake"] = () => new StatRequest
        {
            Dimensions = [FactField.Region, FactField.Persons, FactField.Region, (FactField)99],
            Measures = [StatMeasure.Count(), StatMeasure.Sum(FactField.Region), new StatMeasure(AggregateKind.Count, FactField.Persons), StatMeasure.DistinctCount(FactField.Cases), new StatMeasure(AggregateKind.Min), null!],
            From = new AssessmentQuarter(2022, 1),
            To = new AssessmentQuarter(2021, 4),
            Filters = [new DimensionFilter(FactField.Subjects, ["1"])],
            Top = new StatTopN("sum:persons", 0),
        }.Validate(),
        ["request: derived-measure mistakes"] = () => new StatRequest
        {
            Measures =
            [
                StatMeasure.ShareOfTotal(StatMeasure.Max(FactField.Persons)),
                StatMeasure.Ratio(StatMeasure.Count(), StatMeasure.ShareOfTotal(StatMeasure.Count())),
                new StatMeasure(AggregateKind.Ratio) { Numerator = StatMeasure.Count() },
                new StatMeasure(AggregateKind.ShareOfTotal, FactField.Persons) { Numerator = StatMeasure.Count() },
                StatMeasure.Count() with { Numerator = StatMeasure.Count() },
                new StatMeasure(AggregateKind.ShareOfTotal) { Numerator = StatMeasure.Count(), Denominator = StatMeasure.Count() },
            ],
            Top = new StatTopN("count", 3),
        }.Validate(),
        ["request: no measure"] = () => new StatRequest { Dimensions = [FactField.Year] }.Validate(),
        ["request: too many base aggregates"] = () => new StatRequest
        {
            Measures = [.. FactFields.Dimensions.Select(StatMeasure.DistinctCount), StatMeasure.Count(), StatMeasure.Sum(FactField.Persons)],
        }.Validate(),
        ["fact table: invalid facts"] = () => Failure(() => new FactTable().AppendRange([Fact("") with { Persons = -1, Unit = default, Region = default }, null!])),
        ["columnar: columns not stored"] = () => Failure(() =>
        {
            var table = new FactTable(new FactTableOptions { Dimensions = [FactField.Year] });
            table.Append(Fact());
            ColumnarStatExecutor.Execute(table, new StatRequest
            {
                Dimensions = [FactField.Form],
                Measures = [StatMeasure.DistinctCount(FactField.Person)],
                To = new AssessmentQuarter(2021, 4),
                Scope = DataScope.Subtree(Tree, City),
            });
        }),
        ["case projection"] = () => new AccountabilityFactProjection(Tree).Validate(Case() with
        {
            DecidedOn = null,
            Organizations = [new AccountableOrganization { Unit = new OrgUnitId("NOWHERE") }],
        }),
        ["finding projection"] = () => Failure(() => new FindingFactProjection(Tree, Groups).ProjectAll(
            [BadFinding(), null!], new LocalDate(2021, 3, 31))),
        ["score-card projection"] = () => Failure(() => new ScoreFactProjection(Tree).ProjectAll(
            [Card(new OrgUnitId("NOWHERE"), 97m, " ", (Grade)42), null!, Card(BureauA, 96.5m, "departments", Grade.Excellent) with { Lines = [null!] }])),
        ["report period reversed"] = () => Failure(() => _ = new ReportPeriod(new AssessmentQuarter(2022, 1), new AssessmentQuarter(2021, 4))),
        ["four-forms report inputs"] = () => Failure(() => FourFormsReport.Create(
            [ReportSamples.Measure("P1", new OrgUnitId("X"), new AssessmentQuarter(2021, 1), DisciplineForm.First)], Tree, ReportPeriod.Year(2021))),
        ["headline report inputs"] = () => Failure(() => HeadlineReport.Create([Fact(), null!], [], ReportPeriod.Year(2021), scope: null)),
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void BadInput_EveryIssue_ReadsAsChineseInZhCnAndHasNoHanInEnglish(string name)
    {
        var report = BadInputs()[name]();

        report.Issues.Should().NotBeEmpty();
        foreach (var issue in report.Issues)
        {
            issue.MessageId.Should().StartWith("Statistics.");
            MessageText.EnglishWords(issue.Render(MessageCatalog.Chinese)).Should().BeEmpty("{0} {1} reads \"{2}\"", issue.Code, issue.Path, issue.Render(MessageCatalog.Chinese));
            MessageText.HanCharacters(issue.Render(MessageCatalog.English)).Should().BeEmpty("{0} {1} reads \"{2}\"", issue.Code, issue.Path, issue.Render(MessageCatalog.English));
        }
    }

    [Fact]
    public void Corpus_CoversEveryIssueCode()
    {
        var codes = BadInputs().Values.SelectMany(f => f().Issues).Select(i => i.Code).ToHashSet();

        codes.Should().BeEquivalentTo(typeof(StatisticsIssueCodes).GetFields().Select(f => (string)f.GetValue(null)!));
    }

    [Fact]
    public void ReportsAndExports_Texts_ReadAsChineseInZhCnAndHaveNoHanInEnglish()
    {
        var facts = new AccountabilityFactProjection(Tree).ProjectAll(ReportSamples.PublishedCity(2021));
        var measures = new[] { ReportSamples.Measure("P1", BureauA, new AssessmentQuarter(2021, 2), DisciplineForm.First) };
        var headline = HeadlineReport.Create(facts, measures, ReportPeriod.Year(2021), scope: null);
        var fourForms = FourFormsReport.Create(measures, Tree, new ReportPeriod(new AssessmentQuarter(2021, 1), new AssessmentQuarter(2021, 2)), granularity: ReportGranularity.Quarter);
        var findings = new FindingFactProjection(Tree, Groups).ProjectAll([GoodFinding(BureauA), GoodFinding(TownA)], new LocalDate(2021, 12, 31));
        var inspection = InspectionReport.Create(findings, ReportPeriod.Year(2021), unitGroups: Groups,
            categoryNames: new Dictionary<string, string> { ["political"] = "政治建设" });
        var rollup = LinqStatExecutor.Execute(facts, new StatRequest
        {
            Dimensions = [FactField.Region, FactField.Form],
            Measures = [StatMeasure.Count(), StatMeasure.ShareOfTotal(StatMeasure.Sum(FactField.Persons)), StatMeasure.Ratio(StatMeasure.Sum(FactField.Persons), StatMeasure.DistinctCount(FactField.Case))],
            Rollup = true,
        });

        var tables = new[] { ExportTables.From(rollup) }.Concat(ExportTables.From(headline)).Concat(ExportTables.From(fourForms)).Concat(ExportTables.From(inspection)).ToList();
        var chinese = new List<string> { headline.ToSummary(MessageCatalog.Chinese), inspection.Total.ChineseLabel, fourForms.Sections[0].ChineseLabel };
        var english = new List<string> { headline.ToSummary(MessageCatalog.English), inspection.Total.EnglishLabel, fourForms.Sections[0].EnglishLabel };
        chinese.AddRange(headline.ByResponsibility.Select(r => r.ChineseLabel));
        english.AddRange(headline.ByResponsibility.Select(r => r.EnglishLabel));
        foreach (var table in tables)
        {
            chinese.Add(table.ChineseTitle);
            english.Add(table.EnglishTitle);
            chinese.AddRange(table.Columns.Select(c => c.ChineseLabel));
            english.AddRange(table.Columns.Select(c => c.EnglishLabel));
            chinese.AddRange(table.Rows.SelectMany(r => r).Select(c => c.ChineseLabel).OfType<string>());
            english.AddRange(table.Rows.SelectMany(r => r).Select(c => c.EnglishLabel).OfType<string>());
        }

        chinese.Should().Contain(["小计", "合计", "全部地区", "未认定", "未分组"]);
        english.Should().Contain(["Subtotal", "Total", "All regions", "Not determined", "No group"]);
        chinese.Where(t => MessageText.EnglishWords(t).Count > 0).Should().BeEmpty();
        english.Where(t => MessageText.HanCharacters(t).Count > 0).Should().BeEmpty();
    }

    [Fact]
    public void CaseNotDecided_RendersInBothCultures_ExactWording()
    {
        var issue = new AccountabilityFactProjection(Tree).Validate(Case("2021-RG-007") with { DecidedOn = null }).Issues.Single();

        issue.Code.Should().Be(StatisticsIssueCodes.CaseNotDecided);
        issue.MessageId.Should().Be("Statistics.CaseNotDecided");
        issue.Text["caseId"]!.Value.Value.Should().Be("2021-RG-007");
        issue.Render(MessageCatalog.Chinese).Should().Be("案件“2021-RG-007”没有决定日期，无法归入季度。");
        issue.Render(MessageCatalog.English).Should().Be("Case '2021-RG-007' has no decision date, so it belongs to no quarter.");
        issue.Render(CultureInfo.GetCultureInfo("fr-FR")).Should().Be(issue.Render(MessageCatalog.Chinese), "an unknown culture falls back to zh-CN");
    }

    [Fact]
    public void FindingDates_RenderAsDatesAndQuarters_InEachCulture()
    {
        var issue = new FindingFactProjection(Tree, Groups).Validate(BadFinding() with { }, new LocalDate(2021, 7, 1)).Issues
            .Single(i => i.Path == "$.rectificationDeadline");

        issue.Render(MessageCatalog.Chinese).Should().Be("问题“F1”的整改期限 2021年3月1日 早于其所属季度 2021年第二季度 的开始日期。");
        issue.Render(MessageCatalog.English).Should().Be("The rectification deadline 2021-03-01 of finding 'F1' is before its quarter 2021Q2 starts.");
    }

    [Fact]
    public void RequestIssues_CarryEnumsAsLabels_NotEnglishNames()
    {
        var issues = new StatRequest { Dimensions = [FactField.Persons], Measures = [StatMeasure.Sum(FactField.Region)] }.Validate().Issues;

        issues[0].Render(MessageCatalog.Chinese).Should().Be("“人次”不是维度。");
        issues[0].Render(MessageCatalog.English).Should().Be("'Person-times' is not a dimension.");
        issues[0].Text["field"]!.Value.Value.Should().Be(new LabelledValue("persons", "人次", "Person-times"));
        issues[1].Render(MessageCatalog.Chinese).Should().StartWith("合计不能取字段“地区”");
    }

    [Fact]
    public void SubjectWithoutForm_CitesTheArticleOnAccountabilityForms()
    {
        var report = new AccountabilityFactProjection(Tree).Validate(Case() with
        {
            DecidedOn = null,
            Organizations = [new AccountableOrganization { Unit = new OrgUnitId("NOWHERE") }],
        });

        report.Issues.Single(i => i.Code == StatisticsIssueCodes.SubjectWithoutForm).Citation.Should().Be(Citation.Parse("ARR2019 Art. 8"));
        report.Issues.Where(i => i.Code != StatisticsIssueCodes.SubjectWithoutForm).Should().OnlyContain(i => i.Citation == null,
            "the other statistics rules are data checks that rest on no article");
    }

    [Fact]
    public void HeadlineSummary_IsOneCatalogueMessage_RenderedInEitherCulture()
    {
        var facts = new AccountabilityFactProjection(Tree).ProjectAll(ReportSamples.PublishedCity(2021));
        var measures = Enumerable.Range(0, 21).Select(i => ReportSamples.Measure($"P{i}", TownA, new AssessmentQuarter(2021, 1), DisciplineForm.First));
        var report = HeadlineReport.Create(facts, measures, ReportPeriod.Year(2021), scope: null);

        report.Summary.Id.Should().Be("Statistics.HeadlineSummary");
        report.Summary["cases"]!.Value.Value.Should().Be(277L);
        report.ToSummary(MessageCatalog.Chinese).Should().Be("问责案件277起，问责党组织134个、领导干部237人；通报典型案例41起，分10批；运用第一种形态21人次");
        report.ToChineseSummary().Should().Be(report.ToSummary(MessageCatalog.Chinese));
        report.ToSummary(CultureInfo.GetCultureInfo("en-GB")).Should().Be(report.ToEnglishSummary());
        report.Summary.RenderWith("{cases} cases; {firstForm} first-form uses", MessageCatalog.English).Should().Be("277 cases; 21 first-form uses", "a host may render the summary with its own words");

        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = MessageCatalog.English;
            report.ToSummary().Should().Be(report.ToEnglishSummary(), "without a culture the current UI culture decides");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void RollupRows_AreLabelledFromTheCatalogue()
    {
        var facts = new AccountabilityFactProjection(Tree).ProjectAll([Case("A"), Case("B")]);
        var table = ExportTables.From(LinqStatExecutor.Execute(facts, new StatRequest { Dimensions = [FactField.Region, FactField.Form], Measures = [StatMeasure.Count()], Rollup = true }));

        var firstCells = table.Rows.Select(r => (r[0].ChineseLabel, r[0].EnglishLabel, r[1].ChineseLabel, r[1].EnglishLabel)).ToList();
        firstCells.Should().Contain(((string?)null, (string?)null, "小计", "Subtotal"));
        firstCells.Should().Contain(("合计", "Total", (string?)null, (string?)null));
        table.ChineseTitle.Should().Be("统计结果");
        table.EnglishTitle.Should().Be("Statistics");
    }

    private static ValidationReport Failure(Action act)
    {
        try
        {
            act();
        }
        catch (ValidationFailedException e)
        {
            return e.Report;
        }

        throw new InvalidOperationException("The input was expected to be refused.");
    }

    private static Finding BadFinding() =>
        new("F1", new OrgUnitId("NOWHERE"), new AssessmentQuarter(2021, 2), FindingSource.QuarterlyInspection, "political", FindingSeverity.Serious, "学习制度落实不到位")
        {
            RectificationDeadline = new LocalDate(2021, 3, 1),
            RectifiedOn = new LocalDate(2021, 2, 1),
        };

    private static Finding GoodFinding(OrgUnitId unit) =>
        new($"F-{unit}", unit, new AssessmentQuarter(2021, 2), FindingSource.QuarterlyInspection, "political", FindingSeverity.Serious, "学习制度落实不到位")
        {
            RectificationDeadline = new LocalDate(2021, 6, 30),
        };

    private static ScoreCard Card(OrgUnitId unit, decimal total, string group, Grade grade) =>
        new(unit, new AssessmentQuarter(2022, 3), "county-2022", "1", group, total, grade, "好", null,
        [
            new ScoreLine(ScoreLineKind.Base, "base", null, 100m, TestText.Of("基础分")),
            new ScoreLine(ScoreLineKind.Deduction, "political", "F1", -3.5m, TestText.Of("学习制度落实不到位")),
        ]);
}
