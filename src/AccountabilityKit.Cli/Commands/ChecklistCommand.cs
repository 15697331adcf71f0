using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;
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
            Description = "Template: a built-in id (county-committee-2021, city-department-2021) or a template JSON file",
            Required = true,
        };
        var lists = new Argument<string[]>("LISTS")
        {
            Description = "Checklist JSON files, or directories of them",
            Arity = ArgumentArity.OneOrMore,
        };
        var check = new Command("check", "Validate tailored checklists and find near-duplicates among them") { template, lists };
        check.SetAction(parse => Check(context.OutputFor(parse), parse.GetValue(template)!, parse.GetValue(lists)!));

        var checklist = new Command("checklist", "Tailored responsibility checklists (责任清单)");
        checklist.Subcommands.Add(check);
        return checklist;
    }

    private static int Check(ToolOutput output, string templateArgument, string[] listArguments)
    {
        var template = TemplateSource.Resolve(templateArgument);
        var files = TemplateSource.ExpandFiles(listArguments);
        if (files.Count == 0)
        {
            throw new UsageException("no checklist files given");
        }

        var issues = ToolOutput.IssueSet();
        var loaded = new List<(string File, ResponsibilityChecklist List, ValidationReport Report)>();
        var unreadable = new List<string>();
        foreach (var file in files)
        {
            var json = InputFiles.ReadText(file, "checklist");
            if (!ChecklistJson.TryLoad(json, out var list, out var readReport))
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
                toReturn ? output.T("退回修订", "return for revision") : output.T("通过", "accepted"));
        }

        foreach (var file in unreadable)
        {
            returned++;
            verdicts.Add(null, file, null, output.T("无法读取", "unreadable"), null, output.T("退回修订", "return for revision"));
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
                output.Line(output.T(
                    $"对照模板 {template.Id} 检查了 {files.Count} 份清单：{returned} 份退回修订，{files.Count - returned} 份通过。",
                    $"Checked {files.Count} checklist(s) against template {template.Id}: {returned} to return for revision, {files.Count - returned} accepted."));
                output.WriteTable(verdicts);
                if (issues.Rows.Count > 0)
                {
                    output.Heading(output.T("问题", "Problems"));
                    output.WriteTable(issues);
                }

                if (pairs.Rows.Count > 0)
                {
                    output.Heading(output.T("雷同（上下一般粗、左右一个样）", "Near-duplicates (vertical and horizontal copies)"));
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
                ? output.T($"模板 {pair.SecondId}", $"template {pair.SecondId}")
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

    /// <summary>"RG team" / "RG P1 (班子成员)".</summary>
    public static string OwnerText(ToolOutput output, ChecklistOwner owner) =>
        owner.IsTeam
            ? output.T($"{owner.Unit} 领导班子", $"{owner.Unit} leadership team")
            : $"{owner.Unit} {owner.Person} ({output.Text.Label(owner.Role!.Value)})";
}
