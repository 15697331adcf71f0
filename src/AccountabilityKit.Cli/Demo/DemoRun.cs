using System.Globalization;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.FollowUp;
using AccountabilityKit.Assessment.Rankings;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Cli.Commands;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Statistics.Export;
using AccountabilityKit.Cli.Synthetic;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Reports;
using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;
using Spectre.Console;

namespace AccountabilityKit.Cli.Demo;

/// <summary>
/// The end-to-end demo: define (checklists) → supervise (quarterly scoring) → hold to account (cases) → count
/// (statistics), on a synthetic city of one year, stored through <see cref="IDemoStore"/>.
/// </summary>
internal sealed class DemoRun(ToolOutput output, IDemoStore store, int seed)
{
    /// <summary>The demo's year: the year of the two built-in templates.</summary>
    public const int Year = 2021;

    private const int Counties = 6;
    private const int Departments = 8;

    private static readonly IClock ReviewClock = new FixedClock(Instant.FromUtc(Year, 1, 25, 2, 0));

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        // A path the demo may not write, or one in use by another run, is refused before any work.
        using var claim = store.Claim();
        var city = await StepAsync(output.Say(nameof(Messages.DemoStepCity)), () => SyntheticCity.Build(seed, Counties, Departments, Year - 1, Year)).ConfigureAwait(false);
        Introduce(city);

        var reviews = await StepAsync(output.Say(nameof(Messages.DemoStepChecklists)), () => Checklists(city)).ConfigureAwait(false);
        var cards = await StepAsync(output.Say(nameof(Messages.DemoStepQuarters)), () => Quarters(city)).ConfigureAwait(false);
        var actions = FollowUp(city);
        var facts = Accountability(city);
        Headline(city, facts);

        var results = new DemoResults(reviews, cards, actions, facts);
        var stored = await StepTaskAsync(output.Say(nameof(Messages.DemoStepStore)), () => store.StoreAsync(city, results, cancellationToken)).ConfigureAwait(false);
        output.Heading(output.Say(nameof(Messages.DemoStoredHeading)));
        var table = new TableBuilder("stored", TableBuilder.Text("table", "表/类别", "Table / kind"), TableBuilder.Integer("rows", "行数", "Rows"));
        foreach (var (name, rows) in stored)
        {
            table.Add(TableBuilder.Cell(name), ExportCell.OfWholeNumber(rows));
        }

        output.WriteTable(table.Build(Catalog.Of(nameof(Messages.DemoDatabaseFile), ("path", store.Location))), titled: true);
        output.Line(output.Say(nameof(Messages.DemoSameSeed), ("seed", seed)));
        return ExitCodes.Success;
    }

    private void Introduce(SyntheticCity city)
    {
        output.Line(output.Say(nameof(Messages.DemoIntro), ("seed", seed), ("year", new AssessmentYear(Year))));
        var kinds = new TableBuilder("organization", TableBuilder.Text("kind", "单位类别", "Unit kind"), TableBuilder.Integer("count", "数量", "Count"));
        foreach (var group in city.Tree.Units.GroupBy(u => u.Kind).OrderBy(g => g.Key))
        {
            kinds.Add(ExportCell.OfEnum(group.Key), ExportCell.OfWholeNumber(group.Count()));
        }

        kinds.Add(TableBuilder.Cell("cadres", Catalog.Of(nameof(Messages.DemoCadres))), ExportCell.OfWholeNumber(city.Cadres.Count));
        output.WriteTable(kinds.Build(Catalog.Of(nameof(Messages.DemoOrganizationTitle))), titled: true);
        foreach (var template in new[] { SyntheticCity.TemplateFor(UnitKind.County), SyntheticCity.TemplateFor(UnitKind.CityDepartment) })
        {
            output.Line(output.Say(
                nameof(Messages.DemoTemplate),
                ("id", template.Id),
                ("aspects", template.Aspects.Length),
                ("duties", template.Duties.Length),
                ("mandatory", template.Duties.Count(d => d.IsMandatory))));
        }
    }

    private List<ChecklistReview> Checklists(SyntheticCity city)
    {
        output.Heading(output.Say(nameof(Messages.DemoChecklistsHeading)));
        var templates = new[] { SyntheticCity.TemplateFor(UnitKind.County), SyntheticCity.TemplateFor(UnitKind.CityDepartment) };
        var reports = city.Checklists.ToDictionary(
            l => l.Id,
            l => ChecklistValidator.Validate(templates.First(t => t.Id == l.TemplateId), l),
            StringComparer.Ordinal);
        var duplicates = new NearDuplicateDetector().Detect(city.Checklists, templates);
        var reviews = new List<ChecklistReview>();
        var returned = new TableBuilder(
            "returned",
            TableBuilder.Text("checklist", "清单", "Checklist"),
            TableBuilder.Text("owner", "责任主体", "Owner"),
            TableBuilder.Text("reasons", "退回原因", "Reasons"),
            TableBuilder.Text("planted", "演示中植入的问题", "Planted in the demo"));
        foreach (var list in city.Checklists)
        {
            var report = reports[list.Id];
            var codes = report.Errors.Select(i => i.Code).Distinct().Order(StringComparer.Ordinal).ToList();
            var copies = duplicates.Pairs
                .Where(p => p.FirstId == list.Id || (!p.SecondIsTemplate && p.SecondId == list.Id))
                .Select(p => output.Say(nameof(Messages.DemoNearDuplicateReason), ("id", p.FirstId == list.Id ? p.SecondId : p.FirstId), ("score", p.Score)))
                .ToList();
            var submitter = list.Owner.Person ?? city.Cadres.First(c => c.Unit == list.Owner.Unit && c.Role == CadreRole.Secretary).Id;
            var review = ChecklistReview.Start(list.Id).Submit(submitter, ReviewClock);
            if (codes.Count == 0 && copies.Count == 0)
            {
                reviews.Add(review.Approve(new PersonId(SyntheticCity.CityId + "-REVIEWER"), ReviewClock));
                continue;
            }

            var reasons = report.Errors.GroupBy(i => i.Code)
                .Select(g => output.Say(nameof(Messages.DemoIssueReason), ("code", g.Key), ("count", g.Count()), ("path", g.First().Path), ("reason", g.First().Text)))
                .Concat(copies)
                .ToList();
            reviews.Add(review.Return(new PersonId(SyntheticCity.CityId + "-REVIEWER"), ReviewClock, codes.Count > 0 ? codes : ["SIMILAR"], string.Join("; ", reasons)));
            returned.Add(
                TableBuilder.Cell(list.Id),
                ChecklistCommand.OwnerCell(list.Owner),
                TableBuilder.Cell(string.Join("\n", reasons)),
                TableBuilder.Cell(city.Planted.TryGetValue(list.Id, out var planted) ? output.Text.Render(planted) : null));
        }

        output.Line(output.Say(
            nameof(Messages.DemoChecklistSummary),
            ("lists", city.Checklists.Count),
            ("returned", returned.Count),
            ("approved", city.Checklists.Count - returned.Count),
            ("pairs", duplicates.ComparedPairs)));
        output.WriteTable(returned.Build("退回的清单", "Returned checklists"));
        if (duplicates.Pairs.Length > 0)
        {
            output.WriteTable(ChecklistCommand.NearDuplicateTable(duplicates, Catalog.Of(nameof(Messages.DemoNearDuplicateEvidence))), titled: true);
        }

        var missed = city.Planted.Keys.Where(id => reviews.First(r => r.ChecklistId == id).State != ReviewState.Returned).ToList();
        output.Line(missed.Count == 0
            ? output.Say(nameof(Messages.DemoPlantedAllCaught), ("count", city.Planted.Count))
            : output.Say(nameof(Messages.DemoPlantedMissed), MessageArgument.List("ids", missed)));
        return reviews;
    }

    private List<ScoreCard> Quarters(SyntheticCity city)
    {
        output.Heading(output.Say(nameof(Messages.DemoQuartersHeading)));

        // Chinese readers get the rule sets' published (Chinese) names, English readers their ids.
        output.Line(output.Say(
            nameof(Messages.DemoRules),
            MessageArgument.List("ruleSets", city.RuleSets.Select(r => output.Text.IsEnglish ? r.Id : r.Name)),
            ("year", new AssessmentYear(Year))));
        var cards = new List<ScoreCard>();
        ExportColumn[] rankingColumns =
        [
            TableBuilder.Text("unit", "单位", "Unit"),
            TableBuilder.Text("q1", "一季度", "Q1"),
            TableBuilder.Text("q2", "二季度", "Q2"),
            TableBuilder.Text("q3", "三季度", "Q3"),
            TableBuilder.Text("q4", "四季度", "Q4"),
        ];
        var perUnit = new Dictionary<OrgUnitId, ExportCell[]>();
        var groupOf = new Dictionary<OrgUnitId, string>();
        foreach (var quarter in new AssessmentYear(Year).Quarters)
        {
            var asOf = quarter.LastDay.PlusDays(15);
            var (quarterCards, issues) = QuarterRound.Score(city.Tree, city.RuleSets, city.Findings, city.Bonuses, quarter, asOf);
            if (issues.Count > 0)
            {
                throw new ValidationFailedException(ValidationReport.From(issues.Select(i => i.Issue)));
            }

            cards.AddRange(quarterCards.Select(c => c.Card));
            foreach (var ruleSet in city.RuleSets)
            {
                foreach (var group in Ranking.Rank(ruleSet, quarterCards.Where(c => c.RuleSet == ruleSet).Select(c => c.Card)))
                {
                    foreach (var entry in group.Entries)
                    {
                        groupOf[entry.Unit] = group.GroupId;
                        if (!perUnit.TryGetValue(entry.Unit, out var cells))
                        {
                            perUnit[entry.Unit] = cells = [.. Enumerable.Repeat(TableBuilder.Cell(null), 5)];
                            cells[0] = TableBuilder.Cell(city.Tree[entry.Unit].Name);
                        }

                        cells[quarter.Quarter] = TableBuilder.Cell(string.Create(CultureInfo.InvariantCulture, $"{entry.Rank}. {entry.Total} {GradeText(entry)}"));
                    }
                }
            }
        }

        foreach (var group in perUnit.GroupBy(p => groupOf[p.Key]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var table = new TableBuilder("ranking", rankingColumns);
            foreach (var (_, cells) in group.OrderBy(p => p.Key))
            {
                table.Add(cells);
            }

            var unitGroup = city.RuleSets.SelectMany(r => r.UnitGroups).First(g => g.Id == group.Key);
            output.WriteTable(table.Build(Catalog.Of(nameof(Messages.DemoUnitGroupTitle), ("id", unitGroup.Id), ("name", unitGroup.Name))), titled: true);
        }

        var worst = cards.Where(c => c.Quarter == new AssessmentYear(Year).Quarter(4)).OrderBy(c => c.Total).ThenBy(c => c.Unit).First();
        output.WriteTable(
            ScoreCommand.LineTable(output, [worst], Catalog.Of(nameof(Messages.DemoLowestCard), ("name", city.Tree[worst.Unit].Name), ("unit", worst.Unit))),
            titled: true);
        return cards;
    }

    private List<FollowUpAction> FollowUp(SyntheticCity city)
    {
        output.Heading(output.Say(nameof(Messages.DemoFollowUpHeading)));
        var asOf = new LocalDate(Year, 12, 31);
        var yearFindings = city.Findings.Where(f => f.Quarter.Year.Value == Year).ToList();
        var actions = new List<FollowUpAction>();
        foreach (var ruleSet in city.RuleSets)
        {
            var units = city.Tree.Units.Where(u => ruleSet.TryGetGroup(u.Kind, out _)).Select(u => u.Id).ToHashSet();
            var findings = city.Findings.Where(f => f.Quarter.Year.Value == Year && units.Any(u => city.Tree.IsWithin(f.Unit, u)));
            actions.AddRange(FollowUpPlanner.Plan(ruleSet.FollowUp, findings, asOf, city.Cadres));
        }

        var table = new TableBuilder(
            "followUp",
            TableBuilder.Text("kind", "督办方式", "Action"),
            TableBuilder.Text("unit", "单位", "Unit"),
            TableBuilder.Text("addressee", "对象", "Addressee"),
            TableBuilder.Integer("findings", "问题", "Findings"),
            TableBuilder.Text("reason", "原因", "Reason"));
        foreach (var action in actions.OrderBy(a => a.Kind).ThenBy(a => a.Unit))
        {
            table.Add(
                ExportCell.OfEnum(action.Kind),
                TableBuilder.Cell(city.Tree[action.Unit].Name),
                TableBuilder.Cell(output.Text.Render(action.Addressee)),
                ExportCell.OfWholeNumber(action.FindingIds.Count),
                TableBuilder.Cell(output.Text.Render(action.Reason)));
        }

        output.Line(output.Say(
            nameof(Messages.DemoFollowUpSummary),
            ("date", asOf),
            ("findings", yearFindings.Count),
            ("overdue", yearFindings.Count(f => f.RectificationAt(asOf).Status == RectificationStatus.Overdue)),
            ("actions", actions.Count)));
        output.WriteTable(table.Build("督办", "Follow-up"));
        return actions;
    }

    private List<AccountabilityFact> Accountability(SyntheticCity city)
    {
        output.Heading(output.Say(nameof(Messages.DemoAccountabilityHeading)));
        var catalog = RegulationPackCatalog.CreateDefault();
        var valid = new List<AccountabilityCase>();
        foreach (var @case in city.Cases)
        {
            var report = AccountabilityRules.Validate(@case, AccountabilityRules.PackFor(@case, catalog), city.Tree);
            if (report.IsValid)
            {
                valid.Add(@case);
            }
        }

        var thisYear = city.Cases.Where(c => c.DecidedOn?.Year == Year).ToList();
        var validThisYear = valid.Count(c => c.DecidedOn?.Year == Year);
        output.Line(output.Say(
            nameof(Messages.DemoCaseSummary),
            ("year", new AssessmentYear(Year)),
            ("cases", thisYear.Count),
            ("valid", validThisYear),
            ("typical", thisYear.Count(c => c.IsTypicalCase)),
            ("batches", thisYear.Where(c => c.NoticeBatch is not null).Select(c => c.NoticeBatch).Distinct().Count()),
            ("modified", thisYear.Count(c => c.Modifiers.Length > 0))));

        var examples = DemoCases.Flawed(city);
        var issues = CaseAdvice.IssueTable();
        foreach (var (@case, _) in examples)
        {
            var report = AccountabilityRules.Validate(@case, AccountabilityRules.PackFor(@case, catalog), city.Tree);
            CaseAdvice.AddIssues(output, issues, @case.Id, report);
        }

        var described = new TableBuilder("flawed", TableBuilder.Text("case", "案件", "Case"), TableBuilder.Text("what", "示例错误", "What is wrong"));
        foreach (var (@case, what) in examples)
        {
            described.Add(TableBuilder.Cell(@case.Id), TableBuilder.Cell(output.Text.Render(what)));
        }

        output.WriteTable(described.Build(Catalog.Of(nameof(Messages.DemoFlawedTitle))), titled: true);
        output.WriteTable(issues.Build(Catalog.Of(nameof(Messages.DemoValidationTitle))), titled: true);

        var recommendations = CaseAdvice.RecommendationTable();
        var steps = CaseAdvice.StepTable();
        foreach (var @case in valid.Where(c => c.DecidedOn?.Year == Year && c.Modifiers.Length > 0).Take(2))
        {
            CaseAdvice.AddRecommendations(output, recommendations, steps, @case, AccountabilityRules.PackFor(@case, catalog));
        }

        output.WriteTable(recommendations.Build(Catalog.Of(nameof(Messages.DemoDecisionSupportTitle))), titled: true);
        output.WriteTable(steps.Build(Catalog.Of(nameof(Messages.CaseStepsTitle))), titled: true);
        output.Line(output.Say(nameof(Messages.CaseDecisionSupportNote)));
        _validCases = valid;
        return [.. new AccountabilityFactProjection(city.Tree).ProjectAll(valid)];
    }

    private IReadOnlyList<AccountabilityCase> _validCases = [];

    private void Headline(SyntheticCity city, IReadOnlyList<AccountabilityFact> facts)
    {
        output.Heading(output.Say(nameof(Messages.DemoStatisticsHeading)));
        var catalog = RegulationPackCatalog.CreateDefault();
        var measures = new List<DisciplineMeasureFact>();
        foreach (var @case in _validCases)
        {
            var pack = AccountabilityRules.PackFor(@case, catalog);
            foreach (var cadre in @case.Cadres)
            {
                // One cadre in one case is one handling: it counts once, in its heaviest form (the four-forms person-times).
                var handling = FourFormsClassifier.MeasuresOf(cadre)
                    .Select(measure => new MeasureRecord(cadre.Person, measure, @case.DecidedOn!.Value) { CaseId = @case.Id });
                measures.AddRange(DisciplineMeasureFact.FromHandling(pack, handling, cadre.Unit));
            }
        }

        var table = new FactTable();
        table.AppendRange(facts);
        var year = new AssessmentYear(Year);
        var report = HeadlineReport.Create(table, measures, new ReportPeriod(year.FirstQuarter, year.Quarter(4)), scope: null);
        output.Line(report.ToSummary(output.Text.Culture));
        var figures = new TableBuilder(
            "headline",
            TableBuilder.Text("figure", "指标", "Figure"),
            TableBuilder.Integer("current", $"{Year}年", $"{Year}"),
            TableBuilder.Integer("previous", $"{Year - 1}年", $"{Year - 1}"),
            TableBuilder.Decimal("change", "同比（%）", "Year over year (%)") with { MissingText = YearOverYearChange.NotApplicable });
        foreach (var figure in report.Figures)
        {
            figures.Add(
                ExportCell.Of(new LabelledValue(LabelledValue.Of(figure.Measure).Code, figure.ChineseLabel, figure.EnglishLabel)),
                ExportCell.OfWholeNumber(figure.Current),
                ExportCell.OfWholeNumber(figure.Previous),
                ExportCell.OfDecimalNumber(figure.Change.Percent));
        }

        output.WriteTable(figures.Build(Catalog.Of(nameof(Messages.DemoHeadlineTitle), ("year", year))), titled: true);
        var byForm = new TableBuilder(
            "byForm",
            TableBuilder.Text("form", "问责方式", "Form"),
            TableBuilder.Integer("entries", "条目数", "Entries"),
            TableBuilder.Integer("organizations", "党组织", "Organisations"),
            TableBuilder.Integer("cadres", "领导干部", "Leading cadres"));
        foreach (var row in report.ByForm)
        {
            byForm.Add(
                ExportCell.Of(new LabelledValue(LabelledValue.Of(row.Form).Code, row.ChineseLabel, row.EnglishLabel)),
                ExportCell.OfWholeNumber(row.Entries),
                ExportCell.OfWholeNumber(row.OrganizationEntries),
                ExportCell.OfWholeNumber(row.CadreEntries));
        }

        output.WriteTable(byForm.Build(Catalog.Of(nameof(Messages.DemoByFormTitle))), titled: true);
        var request = new StatRequest
        {
            Dimensions = [FactField.Region, FactField.SubjectKind],
            Measures = StatsCommand.Measures,
            From = year.FirstQuarter,
            To = year.Quarter(4),
            IncludeGrandTotal = true,
        };
        // The library's export of the table, with each region's code labelled by the unit's name.
        var regional = ExportTables.From(ColumnarStatExecutor.Execute(table, request));
        var title = Catalog.Of(nameof(Messages.DemoRegionalTitle), ("year", year));
        var named = new ExportTable(
            regional.Key,
            title.Render(MessageCatalog.Chinese),
            title.Render(MessageCatalog.English),
            regional.Columns,
            regional.Rows.Select(row => row.Select((cell, c) =>
                c == 0 && cell.Text is { } id && city.Tree.TryGet(new OrgUnitId(id), out var unit) ? ExportCell.OfText(id, unit!.Name, unit.Name) : cell)));
        output.WriteTable(named, titled: true);
        output.Heading(output.Say(nameof(Messages.DemoSummaryHeading)));
        output.Line(output.Say(nameof(Messages.DemoSummary)));
    }

    /// <summary>The grade of a ranking entry: the rule set's own (Chinese) grade name for Chinese readers, its label in English.</summary>
    private string GradeText(RankedUnit entry) => output.Text.IsEnglish ? output.Text.Label(entry.Grade) : entry.GradeName;

    /// <summary>Runs a step; when the console is interactive, shows a spinner for it.</summary>
    private async Task<T> StepAsync<T>(string description, Func<T> step)
    {
        if (!output.Interactive)
        {
            return step();
        }

        return await output.Console.Status().StartAsync(description + " …", _ => Task.FromResult(step())).ConfigureAwait(false);
    }

    private async Task<T> StepTaskAsync<T>(string description, Func<Task<T>> step)
    {
        if (!output.Interactive)
        {
            return await step().ConfigureAwait(false);
        }

        return await output.Console.Status().StartAsync(description + " …", _ => step()).ConfigureAwait(false);
    }
}
