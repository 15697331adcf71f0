using System.CommandLine;
using System.Text.Json.Nodes;
using AccountabilityKit.Assessment.Rankings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Organization;
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
        var issues = ToolOutput.IssueSet();
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

        if (issues.Rows.Count > 0)
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
                output.WriteJson(new JsonObject
                {
                    ["quarter"] = quarter.ToString(),
                    ["asOf"] = LocalDatePattern.Iso.Format(asOf),
                    ["ranking"] = ToolOutput.ToJson(ranking),
                    ["lines"] = ToolOutput.ToJson(lines),
                });
                break;
            case OutputFormat.Csv:
                output.WriteCsv(ranking);
                break;
            default:
                output.Line(output.Say(nameof(Messages.ScoreSummary), ("quarter", quarter), ("units", cards.Count), ("asOf", asOf)));
                output.WriteTable(ranking, output.Say(nameof(Messages.ScoreRankingTitle)));
                output.Heading(output.Say(nameof(Messages.ScoreLinesHeading)));
                output.WriteTable(lines);
                break;
        }

        return ExitCodes.Success;
    }

    private static int Problems(ToolOutput output, DataSet issues)
    {
        output.Line(output.Say(nameof(Messages.InputHasProblems), ("count", issues.Rows.Count)));
        output.Write(issues);
        return ExitCodes.Problems;
    }

    /// <summary>Rank, unit, total and grade per unit group.</summary>
    public static DataSet RankingTable(ToolOutput output, OrgTree tree, IEnumerable<GroupRanking> rankings)
    {
        var table = new DataSet(
            new DataColumn("group", "单位组", "Group"),
            new DataColumn("rank", "名次", "Rank", AlignRight: true),
            new DataColumn("unit", "单位", "Unit"),
            new DataColumn("name", "名称", "Name"),
            new DataColumn("total", "得分", "Total", AlignRight: true),
            new DataColumn("grade", "等次", "Grade"),
            new DataColumn("reason", "说明", "Reason"));
        foreach (var group in rankings)
        {
            foreach (var entry in group.Entries)
            {
                table.Add(
                    group.GroupId,
                    ToolOutput.Number(entry.Rank),
                    entry.Unit.Value,
                    tree.TryGet(entry.Unit, out var unit) ? unit!.Name : null,
                    ToolOutput.Number(entry.Total),
                    GradeText(output, entry.Grade, entry.GradeName),
                    output.Text.Render(entry.Reason));
            }
        }

        return table;
    }

    /// <summary>Every line of every card: they add up to the card's total.</summary>
    public static DataSet LineTable(ToolOutput output, IEnumerable<ScoreCard> cards)
    {
        var table = new DataSet(
            new DataColumn("unit", "单位", "Unit"),
            new DataColumn("kind", "类别", "Kind"),
            new DataColumn("ruleItem", "规则项", "Rule item"),
            new DataColumn("finding", "问题", "Finding"),
            new DataColumn("points", "分值", "Points", AlignRight: true),
            new DataColumn("reason", "理由", "Reason"),
            new DataColumn("citation", "依据", "Citation"));
        foreach (var card in cards)
        {
            foreach (var line in card.Lines)
            {
                table.Add(
                    card.Unit.Value,
                    output.Text.Label(line.Kind),
                    line.RuleItemId,
                    line.FindingId,
                    ToolOutput.Number(line.Points),
                    output.Text.Render(line.Reason),
                    line.Citation is { } c ? output.Text.Cite(c) : null);
            }

            table.Add(card.Unit.Value, output.Say(nameof(Messages.Total)), card.RuleSetId + " " + card.RuleSetVersion, null, ToolOutput.Number(card.Total), GradeText(output, card.Grade, card.GradeName) + (card.Veto is { } v ? " · " + output.Text.Render(v.Reason) : string.Empty), null);
        }

        return table;
    }

    /// <summary>
    /// A grade as its readers know it: the rule set's own name (好, 较好 …) in zh-CN; in English the grade's label with
    /// the rule set's name quoted, as user data.
    /// </summary>
    public static string GradeText(ToolOutput output, Grade grade, string gradeName) =>
        output.Text.IsEnglish ? output.Text.Label(grade) + " '" + gradeName + "'" : gradeName;
}
