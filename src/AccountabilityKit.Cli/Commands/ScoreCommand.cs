using System.CommandLine;
using AccountabilityKit.Assessment.Rankings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Export;
using AccountabilityKit.Time;
using NodaTime;
using NodaTime.Text;

namespace AccountabilityKit.Cli.Commands;

/// <summary>
/// <c>akit score --rules R --findings F --quarter 2021Q2</c>: scores every unit the rule sets cover and prints the
/// ranking per unit group and each score card with its lines (rule, finding, points, reason, citation).
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var rules = new Option<string[]>("--rules", "-r")
        {
            Description = context.Help(nameof(Messages.HelpScoreRules)),
            Arity = ArgumentArity.OneOrMore,
        };
        var findings = new Option<string>("--findings", "-f") { Description = context.Help(nameof(Messages.HelpScoreFindings)) };
        var quarter = new Option<string>("--quarter", "-q") { Description = context.Help(nameof(Messages.HelpScoreQuarter)) };
        var asOf = new Option<string?>("--as-of") { Description = context.Help(nameof(Messages.HelpScoreAsOf)) };
        var command = new Command("score", context.Help(nameof(Messages.HelpScore))) { rules, findings, quarter, asOf };
        context.Require(command, rules);
        context.Require(command, findings);
        context.Require(command, quarter);
        command.SetAction(parse =>
        {
            var output = context.OutputFor(parse);
            if (!AssessmentQuarter.TryParse(parse.GetValue(quarter), out var q))
            {
                throw UsageException.Of(nameof(Messages.UsageQuarterInvalid), ("option", "--quarter"), ("text", parse.GetValue(quarter)));
            }

            var date = new AssessmentCalendar(context.Clock).Today;
            var asOfText = parse.GetValue(asOf);
            if (asOfText is not null)
            {
                var parsed = LocalDatePattern.Iso.Parse(asOfText);
                date = parsed.Success ? parsed.Value : throw UsageException.Of(nameof(Messages.UsageDateInvalid), ("option", "--as-of"), ("text", asOfText));
            }

            return Score(output, parse.GetValue(rules)!, parse.GetValue(findings)!, q, date);
        });
        return command;
    }

    private static int Score(ToolOutput output, string[] rulePaths, string findingsPath, AssessmentQuarter quarter, LocalDate asOf)
    {
        var issues = ToolOutput.IssueTable();
        var ruleSets = new List<ScoringRuleSet>();
        foreach (var path in rulePaths)
        {
            var ruleSet = RuleSetSource.Load(path, out var report);
            output.AddIssues(issues, path, report);
            if (ruleSet is not null)
            {
                ruleSets.Add(ruleSet);
            }
        }

        var file = FindingsFile.Read(findingsPath, out var findingsReport);
        output.AddIssues(issues, findingsPath, findingsReport);
        if (file is null || ruleSets.Count != rulePaths.Length)
        {
            return Problems(output, issues);
        }

        var (cards, roundIssues) = QuarterRound.Score(file.Tree, ruleSets, file.Findings, file.Bonuses, quarter, asOf);
        foreach (var (source, issue) in roundIssues)
        {
            output.AddIssue(issues, output.Text.Render(source), issue);
        }

        if (issues.Count > 0)
        {
            return Problems(output, issues);
        }

        if (cards.Count == 0)
        {
            throw UsageException.Of(nameof(Messages.UsageNoUnitInGroups));
        }

        var rankings = ruleSets
            .SelectMany(r => Ranking.Rank(r, cards.Where(c => c.RuleSet == r).Select(c => c.Card)))
            .ToList();
        var ranking = RankingTable(output, file.Tree, rankings);
        var lines = LineTable(output, cards.Select(c => c.Card));

        switch (output.Format)
        {
            case OutputFormat.Json:
                var summary = new TableBuilder(
                    "summary",
                    TableBuilder.Text("quarter", "季度", "Quarter"),
                    TableBuilder.Date("asOf", "截至", "As of"),
                    TableBuilder.Integer("units", "单位数", "Units"));
                summary.Add(ExportCell.OfText(quarter.ToString(), quarter.ToChineseString(), quarter.ToString()), ExportCell.OfDate(asOf), ExportCell.OfWholeNumber(cards.Count));
                output.WriteJson(summary.Build("考核概况", "Summary"), ranking, lines);
                break;
            case OutputFormat.Csv:
                output.WriteCsv(ranking);
                break;
            default:
                output.Line(output.Say(nameof(Messages.ScoreSummary), ("quarter", quarter), ("units", cards.Count), ("asOf", asOf)));
                output.WriteTable(ranking, titled: true);
                output.Heading(output.Say(nameof(Messages.ScoreLinesHeading)));
                output.WriteTable(lines);
                break;
        }

        return ExitCodes.Success;
    }

    private static int Problems(ToolOutput output, TableBuilder issues)
    {
        output.Line(output.Say(nameof(Messages.InputHasProblems), ("count", issues.Count)));
        output.Write(ToolOutput.Issues(issues));
        return ExitCodes.Problems;
    }

    /// <summary>Rank, unit, total and grade per unit group.</summary>
    public static ExportTable RankingTable(ToolOutput output, OrgTree tree, IEnumerable<GroupRanking> rankings)
    {
        var table = new TableBuilder(
            "ranking",
            TableBuilder.Text("group", "单位组", "Group"),
            TableBuilder.Integer("rank", "名次", "Rank"),
            TableBuilder.Text("unit", "单位", "Unit"),
            TableBuilder.Text("name", "名称", "Name"),
            TableBuilder.Decimal("total", "得分", "Total"),
            TableBuilder.Text("grade", "等次", "Grade"),
            TableBuilder.Text("reason", "说明", "Reason"));
        foreach (var group in rankings)
        {
            foreach (var entry in group.Entries)
            {
                table.Add(
                    TableBuilder.Cell(group.GroupId),
                    ExportCell.OfWholeNumber(entry.Rank),
                    TableBuilder.Cell(entry.Unit.Value),
                    TableBuilder.Cell(tree.TryGet(entry.Unit, out var unit) ? unit!.Name : null),
                    ExportCell.OfDecimalNumber(entry.Total),
                    GradeCell(entry.Grade, entry.GradeName),
                    TableBuilder.Cell(output.Text.Render(entry.Reason)));
            }
        }

        return table.Build(Catalog.Of(nameof(Messages.ScoreRankingTitle)));
    }

    /// <summary>Every line of every card: they add up to the card's total.</summary>
    public static ExportTable LineTable(ToolOutput output, IEnumerable<ScoreCard> cards, Localization.Message? title = null)
    {
        var table = new TableBuilder(
            "lines",
            TableBuilder.Text("unit", "单位", "Unit"),
            TableBuilder.Text("kind", "类别", "Kind"),
            TableBuilder.Text("ruleItem", "规则项", "Rule item"),
            TableBuilder.Text("finding", "问题", "Finding"),
            TableBuilder.Decimal("points", "分值", "Points"),
            TableBuilder.Text("reason", "理由", "Reason"),
            TableBuilder.Text("citation", "依据", "Citation"));
        foreach (var card in cards)
        {
            foreach (var line in card.Lines)
            {
                table.Add(
                    TableBuilder.Cell(card.Unit.Value),
                    ExportCell.OfEnum(line.Kind),
                    TableBuilder.Cell(line.RuleItemId),
                    TableBuilder.Cell(line.FindingId),
                    ExportCell.OfDecimalNumber(line.Points),
                    TableBuilder.Cell(output.Text.Render(line.Reason)),
                    TableBuilder.Cite(line.Citation));
            }

            var grade = GradeCell(card.Grade, card.GradeName);
            if (card.Veto is { } veto)
            {
                grade = ExportCell.OfText(
                    grade.Text,
                    grade.ChineseLabel + " · " + veto.Reason.Render(Localization.MessageCatalog.Chinese),
                    grade.EnglishLabel + " · " + veto.Reason.Render(Localization.MessageCatalog.English));
            }

            table.Add(
                TableBuilder.Cell(card.Unit.Value),
                TableBuilder.Cell("total", Catalog.Of(nameof(Messages.Total))),
                TableBuilder.Cell(card.RuleSetId + " " + card.RuleSetVersion),
                TableBuilder.Cell(null),
                ExportCell.OfDecimalNumber(card.Total),
                grade,
                TableBuilder.Cite(null));
        }

        return title is null ? table.Build("评分明细", "Score lines") : table.Build(title);
    }

    /// <summary>
    /// A grade as its readers know it: its canonical code, labelled with the rule set's own name (好, 较好 …) in zh-CN
    /// and in English with the grade's label and the rule set's name quoted, as user data.
    /// </summary>
    public static ExportCell GradeCell(Grade grade, string gradeName) =>
        ExportCell.OfText(Localization.LabelledValue.Of(grade).Code, gradeName, Localization.Labels.En(grade) + " '" + gradeName + "'");
}
