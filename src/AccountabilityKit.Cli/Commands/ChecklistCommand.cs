using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Commands;

/// <summary>
/// <c>akit checklist check --template T LISTS…</c>: validates tailored checklists (责任清单) against the template and
/// finds near-duplicates (雷同) among them; every list with an error or in a near-duplicate pair is to be returned.
/// </summary>
internal static class ChecklistCommand
{
    public static Command Create(CliContext context)
    {
        var template = new Option<string>("--template", "-t")
        {
            Description = context.Help(nameof(Messages.HelpChecklistTemplate)),
        };
        var lists = new Argument<string[]>("LISTS")
        {
            Description = context.Help(nameof(Messages.HelpChecklistLists)),
            Arity = ArgumentArity.OneOrMore,
        };
        var check = new Command("check", context.Help(nameof(Messages.HelpChecklistCheck))) { template, lists };
        context.Require(check, template);
        check.SetAction(parse => Check(context.OutputFor(parse), parse.GetValue(template)!, parse.GetValue(lists)!));

        var checklist = new Command("checklist", context.Help(nameof(Messages.HelpChecklist)));
        checklist.Subcommands.Add(check);
        return checklist;
    }

    private static int Check(ToolOutput output, string templateArgument, string[] listArguments)
    {
        var template = TemplateSource.Resolve(templateArgument);
        var files = TemplateSource.ExpandFiles(listArguments);
        if (files.Count == 0)
        {
            throw UsageException.Of(nameof(Messages.UsageNoChecklistFiles));
        }

        var issues = ToolOutput.IssueSet();
        var loaded = new List<(string File, ResponsibilityChecklist List, ValidationReport Report)>();
        var unreadable = new List<string>();
        foreach (var file in files)
        {
            var json = InputFiles.ReadText(file, nameof(Messages.FileKindChecklist));
            if (!ResponsibilityChecklistJson.TryLoad(json, out var list, out var readReport))
            {
                InputFiles.ThrowIfNotJson(readReport, file);
                output.AddIssues(issues, file, readReport);
                unreadable.Add(file);
                continue;
            }

            var report = ChecklistValidator.Validate(template, list);
            output.AddIssues(issues, file, report);
            loaded.Add((file, list, report));
        }

        var duplicates = new NearDuplicateDetector().Detect(loaded.Select(l => l.List), [template]);
        var pairs = NearDuplicateTable(output, duplicates);

        var verdicts = new DataSet(
            new DataColumn("checklist", "清单", "Checklist"),
            new DataColumn("file", "文件", "File"),
            new DataColumn("owner", "责任主体", "Owner"),
            new DataColumn("errors", "错误", "Errors"),
            new DataColumn("nearDuplicates", "雷同", "Near-duplicates"),
            new DataColumn("verdict", "结论", "Verdict"));
        var returned = 0;
        foreach (var (file, list, report) in loaded)
        {
            var errorCodes = report.Errors.Select(i => i.Code).Distinct().Order(StringComparer.Ordinal).ToList();
            var copies = duplicates.Pairs
                .Where(p => p.FirstId == list.Id || (p.SecondId == list.Id && !p.SecondIsTemplate))
                .Select(p => (p.FirstId == list.Id ? p.SecondId : p.FirstId) + " " + ToolOutput.Number(p.Score))
                .ToList();
            var toReturn = errorCodes.Count > 0 || copies.Count > 0;
            returned += toReturn ? 1 : 0;
            verdicts.Add(
                list.Id,
                file,
                OwnerText(output, list.Owner),
                string.Join(' ', errorCodes),
                string.Join("; ", copies),
                output.Say(toReturn ? nameof(Messages.ChecklistReturn) : nameof(Messages.ChecklistAccepted)));
        }

        foreach (var file in unreadable)
        {
            returned++;
            verdicts.Add(null, file, null, output.Say(nameof(Messages.ChecklistUnreadable)), null, output.Say(nameof(Messages.ChecklistReturn)));
        }

        switch (output.Format)
        {
            case OutputFormat.Json:
                output.WriteJson(new JsonObject
                {
                    ["template"] = template.Id,
                    ["checklists"] = ToolOutput.ToJson(verdicts),
                    ["issues"] = ToolOutput.ToJson(issues),
                    ["nearDuplicates"] = ToolOutput.ToJson(pairs),
                    ["comparedPairs"] = duplicates.ComparedPairs,
                });
                break;
            case OutputFormat.Csv:
                output.WriteCsv(verdicts);
                break;
            default:
                output.Line(output.Say(
                    nameof(Messages.ChecklistSummary),
                    ("template", template.Id),
                    ("files", files.Count),
                    ("returned", returned),
                    ("accepted", files.Count - returned)));
                output.WriteTable(verdicts);
                if (issues.Rows.Count > 0)
                {
                    output.Heading(output.Say(nameof(Messages.ProblemsHeading)));
                    output.WriteTable(issues);
                }

                if (pairs.Rows.Count > 0)
                {
                    output.Heading(output.Say(nameof(Messages.NearDuplicatesHeading)));
                    output.WriteTable(pairs);
                }

                break;
        }

        return returned > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }

    /// <summary>The near-duplicate pairs with their evidence: the best-matching items.</summary>
    public static DataSet NearDuplicateTable(ToolOutput output, NearDuplicateReport report)
    {
        var pairs = new DataSet(
            new DataColumn("kind", "类型", "Kind"),
            new DataColumn("first", "清单", "Checklist"),
            new DataColumn("second", "雷同对象", "Copy of"),
            new DataColumn("score", "相似度", "Score", AlignRight: true),
            new DataColumn("matchedItems", "相同条目", "Matched items", AlignRight: true),
            new DataColumn("evidence", "证据（条目相似度）", "Evidence (item similarity)"));
        foreach (var pair in report.Pairs)
        {
            var second = pair.SecondIsTemplate
                ? output.Say(nameof(Messages.NearDuplicateOfTemplate), ("id", pair.SecondId))
                : pair.SecondId;
            var evidence = string.Join(", ", pair.Matches
                .OrderByDescending(m => m.Similarity)
                .ThenBy(m => m.FirstItemId, StringComparer.Ordinal)
                .Take(3)
                .Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.FirstItemId}~{m.SecondItemId} {m.Similarity}")));
            pairs.Add(output.Text.Label(pair.Kind), pair.FirstId, second, ToolOutput.Number(pair.Score), ToolOutput.Number(pair.Matches.Length), evidence);
        }

        return pairs;
    }

    /// <summary>"JH-C01 领导班子" / "JH-C01 JH-C01-P2（班子成员）", in the run's language.</summary>
    public static string OwnerText(ToolOutput output, ChecklistOwner owner) =>
        owner.IsTeam
            ? output.Say(nameof(Messages.OwnerTeam), ("unit", owner.Unit))
            : output.Say(nameof(Messages.OwnerMember), ("unit", owner.Unit), ("person", owner.Person!.Value), MessageArgument.Of("role", owner.Role!.Value));
}
