using System.CommandLine;
using System.Globalization;
using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Localization;
using AccountabilityKit.Statistics.Export;
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

        var issues = ToolOutput.IssueTable();
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
        var pairs = NearDuplicateTable(duplicates);

        var verdicts = new TableBuilder(
            "checklists",
            TableBuilder.Text("checklist", "清单", "Checklist"),
            TableBuilder.Text("file", "文件", "File"),
            TableBuilder.Text("owner", "责任主体", "Owner"),
            TableBuilder.Text("errors", "错误", "Errors"),
            TableBuilder.Text("nearDuplicates", "雷同", "Near-duplicates"),
            TableBuilder.Text("verdict", "结论", "Verdict"));
        var returned = 0;
        foreach (var (file, list, report) in loaded)
        {
            var errorCodes = report.Errors.Select(i => i.Code).Distinct().Order(StringComparer.Ordinal).ToList();
            var copies = duplicates.Pairs
                .Where(p => p.FirstId == list.Id || (p.SecondId == list.Id && !p.SecondIsTemplate))
                .Select(p => (p.FirstId == list.Id ? p.SecondId : p.FirstId) + " " + p.Score.ToString(CultureInfo.InvariantCulture))
                .ToList();
            var toReturn = errorCodes.Count > 0 || copies.Count > 0;
            returned += toReturn ? 1 : 0;
            verdicts.Add(
                TableBuilder.Cell(list.Id),
                TableBuilder.Cell(file),
                OwnerCell(list.Owner),
                TableBuilder.Cell(string.Join(' ', errorCodes)),
                TableBuilder.Cell(string.Join("; ", copies)),
                toReturn ? Return : Accepted);
        }

        foreach (var file in unreadable)
        {
            returned++;
            verdicts.Add(
                TableBuilder.Cell(null),
                TableBuilder.Cell(file),
                TableBuilder.Cell(null),
                TableBuilder.Cell("unreadable", Catalog.Of(nameof(Messages.ChecklistUnreadable))),
                TableBuilder.Cell(null),
                Return);
        }

        var verdictTable = verdicts.Build("清单审核结论", "Checklist verdicts");
        switch (output.Format)
        {
            case OutputFormat.Json:
                var summary = new TableBuilder(
                    "summary",
                    TableBuilder.Text("template", "对照清单", "Template"),
                    TableBuilder.Integer("files", "文件数", "Files"),
                    TableBuilder.Integer("returned", "退回", "Returned"),
                    TableBuilder.Integer("comparedPairs", "比对对数", "Compared pairs"));
                summary.Add(TableBuilder.Cell(template.Id), ExportCell.OfWholeNumber(files.Count), ExportCell.OfWholeNumber(returned), ExportCell.OfWholeNumber(duplicates.ComparedPairs));
                output.WriteJson(summary.Build("审核概况", "Summary"), verdictTable, ToolOutput.Issues(issues), pairs);
                break;
            case OutputFormat.Csv:
                output.WriteCsv(verdictTable);
                break;
            default:
                output.Line(output.Say(
                    nameof(Messages.ChecklistSummary),
                    ("template", template.Id),
                    ("files", files.Count),
                    ("returned", returned),
                    ("accepted", files.Count - returned)));
                output.WriteTable(verdictTable);
                if (issues.Count > 0)
                {
                    output.Heading(output.Say(nameof(Messages.ProblemsHeading)));
                    output.WriteTable(ToolOutput.Issues(issues));
                }

                if (pairs.Rows.Length > 0)
                {
                    output.Heading(output.Say(nameof(Messages.NearDuplicatesHeading)));
                    output.WriteTable(pairs);
                }

                break;
        }

        return returned > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }

    private static ExportCell Return => TableBuilder.Cell("return", Catalog.Of(nameof(Messages.ChecklistReturn)));

    private static ExportCell Accepted => TableBuilder.Cell("accepted", Catalog.Of(nameof(Messages.ChecklistAccepted)));

    /// <summary>The near-duplicate pairs with their evidence: the best-matching items.</summary>
    public static ExportTable NearDuplicateTable(NearDuplicateReport report, Message? title = null)
    {
        var pairs = new TableBuilder(
            "nearDuplicates",
            TableBuilder.Text("kind", "类型", "Kind"),
            TableBuilder.Text("first", "清单", "Checklist"),
            TableBuilder.Text("second", "雷同对象", "Copy of"),
            TableBuilder.Decimal("score", "相似度", "Score"),
            TableBuilder.Integer("matchedItems", "相同条目", "Matched items"),
            TableBuilder.Text("evidence", "证据（条目相似度）", "Evidence (item similarity)"));
        foreach (var pair in report.Pairs)
        {
            var second = pair.SecondIsTemplate
                ? TableBuilder.Cell(pair.SecondId, Catalog.Of(nameof(Messages.NearDuplicateOfTemplate), ("id", pair.SecondId)))
                : TableBuilder.Cell(pair.SecondId);
            var evidence = string.Join(", ", pair.Matches
                .OrderByDescending(m => m.Similarity)
                .ThenBy(m => m.FirstItemId, StringComparer.Ordinal)
                .Take(3)
                .Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.FirstItemId}~{m.SecondItemId} {m.Similarity}")));
            pairs.Add(ExportCell.OfEnum(pair.Kind), TableBuilder.Cell(pair.FirstId), second, ExportCell.OfDecimalNumber(pair.Score), ExportCell.OfWholeNumber(pair.Matches.Length), TableBuilder.Cell(evidence));
        }

        return title is null ? pairs.Build(Catalog.Of(nameof(Messages.NearDuplicatesHeading))) : pairs.Build(title);
    }

    /// <summary>The owner of a checklist: its unit (team) or person id, labelled "JH-C01 领导班子" / "JH-C01 JH-C01-P2（班子成员）".</summary>
    public static ExportCell OwnerCell(ChecklistOwner owner) =>
        TableBuilder.Cell(owner.Person?.Value ?? owner.Unit.Value, OwnerText(owner));

    /// <summary>"JH-C01 领导班子" / "JH-C01 JH-C01-P2（班子成员）", in the run's language.</summary>
    public static Message OwnerText(ChecklistOwner owner) =>
        owner.IsTeam
            ? Catalog.Of(nameof(Messages.OwnerTeam), ("unit", owner.Unit))
            : Catalog.Of(nameof(Messages.OwnerMember), ("unit", owner.Unit), ("person", owner.Person!.Value), MessageArgument.Of("role", owner.Role!.Value));
}
