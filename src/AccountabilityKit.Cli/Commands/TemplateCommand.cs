using System.CommandLine;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Statistics.Export;

namespace AccountabilityKit.Cli.Commands;

/// <summary><c>akit template check FILE</c>: loads a yearly template (对照清单) in the package's JSON format and reports every problem.</summary>
internal static class TemplateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = context.Help(nameof(Messages.HelpTemplateFile)) };
        var check = new Command("check", context.Help(nameof(Messages.HelpTemplateCheck))) { file };
        check.SetAction(parse =>
        {
            var output = context.OutputFor(parse);
            var path = parse.GetValue(file)!;
            return Check(output, path);
        });

        var template = new Command("template", context.Help(nameof(Messages.HelpTemplate)));
        template.Subcommands.Add(check);
        return template;
    }

    private static int Check(ToolOutput output, string path)
    {
        var json = InputFiles.ReadText(path, nameof(Messages.FileKindTemplate));
        if (!ChecklistTemplateJson.TryLoad(json, out var template, out var report))
        {
            InputFiles.ThrowIfNotJson(report, path);
            var issues = ToolOutput.IssueTable();
            output.AddIssues(issues, path, report);
            output.Line(output.Say(nameof(Messages.TemplateHasErrors), ("path", path), ("count", report.Errors.Count())));
            output.Write(ToolOutput.Issues(issues));
            return ExitCodes.Problems;
        }

        var summary = new TableBuilder(
            "template",
            TableBuilder.Text("id", "编号", "Id"),
            TableBuilder.Integer("year", "年度", "Year"),
            TableBuilder.Integer("version", "版本", "Version"),
            TableBuilder.Text("title", "标题", "Title"),
            TableBuilder.Text("unitKinds", "适用单位", "Unit kinds"),
            TableBuilder.Integer("aspects", "方面", "Aspects"),
            TableBuilder.Integer("duties", "具体任务", "Duties"),
            TableBuilder.Integer("mandatory", "规定动作", "Mandatory"),
            TableBuilder.Integer("firstForm", "第一种形态任务", "First-form duties"));
        summary.Add(
            TableBuilder.Cell(template.Id),
            ExportCell.OfWholeNumber(template.Year.Value),
            ExportCell.OfWholeNumber(template.Version),
            TableBuilder.Cell(template.Title),
            TableBuilder.List(template.UnitKinds),
            ExportCell.OfWholeNumber(template.Aspects.Length),
            ExportCell.OfWholeNumber(template.Duties.Length),
            ExportCell.OfWholeNumber(template.Duties.Count(d => d.IsMandatory)),
            ExportCell.OfWholeNumber(template.Duties.Count(d => d.IsFirstForm)));
        output.Line(output.Say(nameof(Messages.TemplateValid), ("path", path)));
        output.Write(summary.Build("对照清单", "Template"));
        return ExitCodes.Success;
    }
}
