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
using AccountabilityKit.Cli.Reports;
using AccountabilityKit.Cli.Synthetic;
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
        var city = await StepAsync(output.T("生成模拟城市", "Building the synthetic city"), () => SyntheticCity.Build(seed, Counties, Departments, Year - 1, Year)).ConfigureAwait(false);
        Introduce(city);

        var reviews = await StepAsync(output.T("检查责任清单与雷同", "Checking checklists and near-duplicates"), () => Checklists(city)).ConfigureAwait(false);
        var cards = await StepAsync(output.T("季度评分与排名", "Scoring and ranking four quarters"), () => Quarters(city)).ConfigureAwait(false);
        var actions = FollowUp(city);
        var facts = Accountability(city);
        Headline(city, facts);

        var results = new DemoResults(reviews, cards, actions, facts);
        var stored = await StepTaskAsync(output.T("写入数据库", "Storing in the database"), () => store.StoreAsync(city, results, cancellationToken)).ConfigureAwait(false);
        output.Heading(output.T("7. 数据已写入 SQLite", "7. Stored in SQLite"));
        var table = new DataSet(new DataColumn("table", "表/类别", "Table / kind"), new DataColumn("rows", "行数", "Rows", AlignRight: true));
        foreach (var (name, rows) in stored)
        {
            table.Add(name, ToolOutput.Number(rows));
        }

        output.WriteTable(table, output.T($"数据库文件：{store.Location}", $"Database file: {store.Location}"));
        output.Line(output.T(
            $"同一种子（--seed {seed}）再次运行，输出完全相同。",
            $"Running again with the same seed (--seed {seed}) prints exactly the same output."));
        return ExitCodes.Success;
    }

    private void Introduce(SyntheticCity city)
    {
        output.Line(output.T(
            $"AccountabilityKit 演示：江海市（模拟数据，种子 {seed}），{Year} 年度。",
            $"AccountabilityKit demo: the city of Jianghai (synthetic, seed {seed}), year {Year}."));
        var kinds = new DataSet(new DataColumn("kind", "单位类别", "Unit kind"), new DataColumn("count", "数量", "Count", AlignRight: true));
        foreach (var group in city.Tree.Units.GroupBy(u => u.Kind).OrderBy(g => g.Key))
        {
            kinds.Add(output.Text.Label(group.Key), ToolOutput.Number(group.Count()));
        }

        kinds.Add(output.T("班子成员（干部）", "Team members (cadres)"), ToolOutput.Number(city.Cadres.Count));
        output.WriteTable(kinds, output.T("组织架构", "Organisation"));
        foreach (var template in new[] { SyntheticCity.TemplateFor(UnitKind.County), SyntheticCity.TemplateFor(UnitKind.CityDepartment) })
        {
            output.Line(output.T(
                $"对照清单 {template.Id}：{template.Aspects.Length} 个方面，{template.Duties.Length} 项具体任务（规定动作 {template.Duties.Count(d => d.IsMandatory)} 项）",
                $"Template {template.Id}: {template.Aspects.Length} aspects, {template.Duties.Length} duties ({template.Duties.Count(d => d.IsMandatory)} mandatory)"));
        }
    }

    private List<ChecklistReview> Checklists(SyntheticCity city)
    {
        output.Heading(output.T("1. 责任清单：退回修订及原因", "1. Checklists returned for revision, and why"));
        var templates = new[] { SyntheticCity.TemplateFor(UnitKind.County), SyntheticCity.TemplateFor(UnitKind.CityDepartment) };
        var reports = city.Checklists.ToDictionary(
            l => l.Id,
            l => ChecklistValidator.Validate(templates.First(t => t.Id == l.TemplateId), l),
            StringComparer.Ordinal);
        var duplicates = new NearDuplicateDetector().Detect(city.Checklists, templates);
        var reviews = new List<ChecklistReview>();
        var returned = new DataSet(
            new DataColumn("checklist", "清单", "Checklist"),
            new DataColumn("owner", "责任主体", "Owner"),
            new DataColumn("reasons", "退回原因", "Reasons"),
            new DataColumn("planted", "演示中植入的问题", "Planted in the demo"));
        foreach (var list in city.Checklists)
        {
            var report = reports[list.Id];
            var codes = report.Errors.Select(i => i.Code).Distinct().Order(StringComparer.Ordinal).ToList();
            var copies = duplicates.Pairs
                .Where(p => p.FirstId == list.Id || (!p.SecondIsTemplate && p.SecondId == list.Id))
                .Select(p => output.T("雷同：", "near-duplicate: ") + (p.FirstId == list.Id ? p.SecondId : p.FirstId) + " " + ToolOutput.Number(p.Score))
                .ToList();
            var submitter = list.Owner.Person ?? city.Cadres.First(c => c.Unit == list.Owner.Unit && c.Role == CadreRole.Secretary).Id;
            var review = ChecklistReview.Start(list.Id).Submit(submitter, ReviewClock);
            if (codes.Count == 0 && copies.Count == 0)
            {
                reviews.Add(review.Approve(new PersonId(SyntheticCity.CityId + "-REVIEWER"), ReviewClock));
                continue;
            }

            var reasons = report.Errors.GroupBy(i => i.Code).Select(g => $"{g.Key} ×{g.Count()} ({g.First().Path}: {g.First().Message})").Concat(copies).ToList();
            reviews.Add(review.Return(new PersonId(SyntheticCity.CityId + "-REVIEWER"), ReviewClock, codes.Count > 0 ? codes : ["SIMILAR"], string.Join("; ", reasons)));
            returned.Add(list.Id, ChecklistCommand.OwnerText(output, list.Owner), string.Join("\n", reasons), city.Planted.TryGetValue(list.Id, out var planted) ? planted : null);
        }

        output.Line(output.T(
            $"{city.Checklists.Count} 份清单（每个班子及其成员各一份），{returned.Rows.Count} 份退回修订，{city.Checklists.Count - returned.Rows.Count} 份通过；雷同检测比较了 {duplicates.ComparedPairs} 对清单。",
            $"{city.Checklists.Count} checklists (one per team and per member), {returned.Rows.Count} returned for revision, {city.Checklists.Count - returned.Rows.Count} approved; the near-duplicate search compared {duplicates.ComparedPairs} list pairs."));
        output.WriteTable(returned);
        if (duplicates.Pairs.Length > 0)
        {
            output.WriteTable(ChecklistCommand.NearDuplicateTable(output, duplicates), output.T("雷同证据：最相似的条目", "Near-duplicate evidence: the best-matching items"));
        }

        var missed = city.Planted.Keys.Where(id => reviews.First(r => r.ChecklistId == id).State != ReviewState.Returned).ToList();
        output.Line(missed.Count == 0
            ? output.T($"植入的 {city.Planted.Count} 个问题全部被发现。", $"All {city.Planted.Count} planted problems were caught.")
            : output.T($"未发现的植入问题：{string.Join(", ", missed)}", $"Planted problems not caught: {string.Join(", ", missed)}"));
        return reviews;
    }

    private List<ScoreCard> Quarters(SyntheticCity city)
    {
        output.Heading(output.T("2. 季度督查：各单位组排名", "2. Quarterly inspection: ranking per unit group"));
        output.Line(output.T(
            $"评分规则：随包发布的示例规则（{string.Join("、", city.RuleSets.Select(r => r.Name))}），生效期调整为 {Year} 年。",
            $"Rules: the shipped example rule sets ({string.Join(", ", city.RuleSets.Select(r => r.Id))}), re-dated to {Year}."));
        var cards = new List<ScoreCard>();
        var rankingTable = new DataSet(
            new DataColumn("unit", "单位", "Unit"),
            new DataColumn("q1", "一季度", "Q1"),
            new DataColumn("q2", "二季度", "Q2"),
            new DataColumn("q3", "三季度", "Q3"),
            new DataColumn("q4", "四季度", "Q4"));
        var perUnit = new Dictionary<OrgUnitId, string?[]>();
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
                            perUnit[entry.Unit] = cells = new string?[5];
                            cells[0] = city.Tree[entry.Unit].Name;
                        }

                        cells[quarter.Quarter] = $"{ToolOutput.Number(entry.Rank)}. {ToolOutput.Number(entry.Total)} {entry.GradeName}";
                    }
                }
            }
        }

        foreach (var group in perUnit.GroupBy(p => groupOf[p.Key]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var table = new DataSet([.. rankingTable.Columns]);
            foreach (var (_, cells) in group.OrderBy(p => p.Key))
            {
                table.Add(cells);
            }

            output.WriteTable(table, output.T($"单位组 {group.Key}：名次. 得分 等次", $"Unit group {group.Key}: rank. total grade"));
        }

        var worst = cards.Where(c => c.Quarter == new AssessmentYear(Year).Quarter(4)).OrderBy(c => c.Total).ThenBy(c => c.Unit).First();
        output.WriteTable(
            ScoreCommand.LineTable(output, [worst]),
            output.T($"得分最低单位的四季度评分卡：{city.Tree[worst.Unit].Name}（每行可追溯到规则与问题）", $"Q4 score card of the lowest unit, {worst.Unit} (every line traces to a rule and a finding)"));
        return cards;
    }

    private List<FollowUpAction> FollowUp(SyntheticCity city)
    {
        output.Heading(output.T("3. 整改督办：约谈提醒与函告", "3. Follow-up: reminder talks and letters to the leader in charge"));
        var asOf = new LocalDate(Year, 12, 31);
        var yearFindings = city.Findings.Where(f => f.Quarter.Year.Value == Year).ToList();
        var actions = new List<FollowUpAction>();
        foreach (var ruleSet in city.RuleSets)
        {
            var units = city.Tree.Units.Where(u => ruleSet.TryGetGroup(u.Kind, out _)).Select(u => u.Id).ToHashSet();
            var findings = city.Findings.Where(f => f.Quarter.Year.Value == Year && units.Any(u => city.Tree.IsWithin(f.Unit, u)));
            actions.AddRange(FollowUpPlanner.Plan(ruleSet.FollowUp, findings, asOf, city.Cadres));
        }

        var table = new DataSet(
            new DataColumn("kind", "督办方式", "Action"),
            new DataColumn("unit", "单位", "Unit"),
            new DataColumn("addressee", "对象", "Addressee"),
            new DataColumn("findings", "问题", "Findings", AlignRight: true),
            new DataColumn("reason", "原因", "Reason"));
        foreach (var action in actions.OrderBy(a => a.Kind).ThenBy(a => a.Unit))
        {
            table.Add(output.Text.Label(action.Kind), city.Tree[action.Unit].Name, action.Addressee, ToolOutput.Number(action.FindingIds.Count), action.Reason);
        }

        output.Line(output.T(
            $"截至 {Year}-12-31：本年度 {yearFindings.Count} 个问题，{yearFindings.Count(f => f.RectificationAt(asOf).Status == RectificationStatus.Overdue)} 个逾期未整改；{actions.Count} 项督办。",
            $"As of {Year}-12-31: {yearFindings.Count} findings this year, {yearFindings.Count(f => f.RectificationAt(asOf).Status == RectificationStatus.Overdue)} overdue; {actions.Count} follow-up action(s)."));
        output.WriteTable(table);
        return actions;
    }

    private List<AccountabilityFact> Accountability(SyntheticCity city)
    {
        output.Heading(output.T("4. 问责：案件校验与决策参考（附条款依据）", "4. Accountability: case validation and decision support, with citations"));
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
        output.Line(output.T(
            $"{Year} 年 {thisYear.Count} 个问责案件，{validThisYear} 个通过校验；其中典型案例 {thisYear.Count(c => c.IsTypicalCase)} 个，分 {thisYear.Where(c => c.NoticeBatch is not null).Select(c => c.NoticeBatch).Distinct().Count()} 批通报；{thisYear.Count(c => c.Modifiers.Length > 0)} 个案件有从轻或从重情节。",
            $"{thisYear.Count} accountability cases in {Year}, {validThisYear} valid; {thisYear.Count(c => c.IsTypicalCase)} typical cases circulated in {thisYear.Where(c => c.NoticeBatch is not null).Select(c => c.NoticeBatch).Distinct().Count()} notice batches; {thisYear.Count(c => c.Modifiers.Length > 0)} with mitigating or aggravating circumstances."));

        var examples = DemoCases.Flawed(city);
        var issues = CaseAdvice.IssueTable();
        foreach (var (@case, _) in examples)
        {
            var report = AccountabilityRules.Validate(@case, AccountabilityRules.PackFor(@case, catalog), city.Tree);
            CaseAdvice.AddIssues(output, issues, @case.Id, report);
        }

        var described = new DataSet(new DataColumn("case", "案件", "Case"), new DataColumn("what", "示例错误", "What is wrong"));
        foreach (var (@case, what) in examples)
        {
            described.Add(@case.Id, output.T(what.Chinese, what.English));
        }

        output.WriteTable(described, output.T("示例：有问题的案件", "Examples: flawed cases"));
        output.WriteTable(issues, output.T("校验结果（代码、位置、条款）", "Validation (code, path, article)"));

        var recommendations = CaseAdvice.RecommendationTable();
        var steps = CaseAdvice.StepTable();
        foreach (var @case in valid.Where(c => c.DecidedOn?.Year == Year && c.Modifiers.Length > 0).Take(2))
        {
            CaseAdvice.AddRecommendations(output, recommendations, steps, @case, AccountabilityRules.PackFor(@case, catalog));
        }

        output.WriteTable(recommendations, output.T("决策参考：有从轻、从重情节的案件", "Decision support: cases with mitigating or aggravating circumstances"));
        output.WriteTable(steps, output.T("推理步骤及依据", "Steps and their citations"));
        output.Line(output.T("以上为决策参考，不代替问责决定。", "This is decision support, never the decision itself."));
        _validCases = valid;
        return [.. new AccountabilityFactProjection(city.Tree).ProjectAll(valid)];
    }

    private IReadOnlyList<AccountabilityCase> _validCases = [];

    private void Headline(SyntheticCity city, IReadOnlyList<AccountabilityFact> facts)
    {
        output.Heading(output.T("5. 统计：问责情况", "5. Statistics: the headline report"));
        var catalog = RegulationPackCatalog.CreateDefault();
        var measures = new List<DisciplineMeasureFact>();
        foreach (var @case in _validCases)
        {
            var pack = AccountabilityRules.PackFor(@case, catalog);
            foreach (var cadre in @case.Cadres)
            {
                foreach (var measure in FourFormsClassifier.MeasuresOf(cadre))
                {
                    measures.Add(DisciplineMeasureFact.From(pack, new MeasureRecord(cadre.Person, measure, @case.DecidedOn!.Value), cadre.Unit));
                }
            }
        }

        var table = new FactTable();
        table.AppendRange(facts);
        var year = new AssessmentYear(Year);
        var report = HeadlineReport.Create(table, measures, new ReportPeriod(year.FirstQuarter, year.Quarter(4)), scope: null);
        output.Line(output.Text.IsEnglish ? report.ToEnglishSummary() : report.ToChineseSummary());
        var figures = new DataSet(
            new DataColumn("figure", "指标", "Figure"),
            new DataColumn("current", $"{Year}年", $"{Year}", AlignRight: true),
            new DataColumn("previous", $"{Year - 1}年", $"{Year - 1}", AlignRight: true),
            new DataColumn("change", "同比", "Year over year", AlignRight: true));
        foreach (var figure in report.Figures)
        {
            figures.Add(output.T(figure.ChineseLabel, figure.EnglishLabel), ToolOutput.Number(figure.Current), ToolOutput.Number(figure.Previous), figure.Change.PercentText);
        }

        output.WriteTable(figures, output.T($"{Year} 年问责工作主要数据", $"Headline figures, {Year}"));
        var byForm = new DataSet(
            new DataColumn("form", "问责方式", "Form"),
            new DataColumn("entries", "条目数", "Entries", AlignRight: true),
            new DataColumn("organizations", "党组织", "Organisations", AlignRight: true),
            new DataColumn("cadres", "领导干部", "Leading cadres", AlignRight: true));
        foreach (var row in report.ByForm)
        {
            byForm.Add(output.T(row.ChineseLabel, row.EnglishLabel), ToolOutput.Number(row.Entries), ToolOutput.Number(row.OrganizationEntries), ToolOutput.Number(row.CadreEntries));
        }

        output.WriteTable(byForm, output.T("按问责方式", "By accountability form"));
        var request = new StatRequest
        {
            Dimensions = [FactField.Region, FactField.SubjectKind],
            Measures = StatsCommand.Measures,
            From = year.FirstQuarter,
            To = year.Quarter(4),
            IncludeGrandTotal = true,
        };
        var regional = StatValues.ToDataSet(output, ColumnarStatExecutor.Execute(table, request));
        foreach (var row in regional.Rows)
        {
            if (row[0] is { } id && city.Tree.TryGet(new OrgUnitId(id), out var unit))
            {
                row[0] = unit!.Name;
            }
        }

        output.WriteTable(regional, output.T($"{Year} 年按地区（县、部门）和问责对象", $"{Year} by region (county or department) and subject kind"));
        output.Heading(output.T("6. 小结", "6. Summary"));
        output.Line(output.T(
            "定责（责任清单）→ 督责（季度督查评分）→ 问责（案件校验与决策参考）→ 统计，全部通过各包的公开 API 完成。",
            "Define (checklists) → supervise (quarterly scoring) → hold to account (case checks, decision support) → count, all through the packages' public API."));
    }

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
