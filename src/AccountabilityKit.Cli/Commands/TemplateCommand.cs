using System.CommandLine;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;

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
            var issues = ToolOutput.IssueSet();
            output.AddIssues(issues, path, report);
            output.Line(output.Say(nameof(Messages.TemplateHasErrors), ("path", path), ("count", report.Errors.Count())));
            output.Write(issues);
            return ExitCodes.Problems;
        }

        var summary = new DataSet(
            new DataColumn("id", "编号", "Id"),
            new DataColumn("year", "年度", "Year"),
            new DataColumn("version", "版本", "Version"),
            new DataColumn("title", "标题", "Title"),
            new DataColumn("unitKinds", "适用单位", "Unit kinds"),
            new DataColumn("aspects", "方面", "Aspects", AlignRight: true),
            new DataColumn("duties", "具体任务", "Duties", AlignRight: true),
            new DataColumn("mandatory", "规定动作", "Mandatory", AlignRight: true),
            new DataColumn("firstForm", "第一种形态任务", "First-form duties", AlignRight: true));
        summary.Add(
            template.Id,
            ToolOutput.Number(template.Year.Value),
            ToolOutput.Number(template.Version),
            template.Title,
            string.Join(output.Text.IsEnglish ? ", " : "、", template.UnitKinds.Select(k => output.Text.Label(k))),
            ToolOutput.Number(template.Aspects.Length),
            ToolOutput.Number(template.Duties.Length),
            ToolOutput.Number(template.Duties.Count(d => d.IsMandatory)),
            ToolOutput.Number(template.Duties.Count(d => d.IsFirstForm)));
        output.Line(output.Say(nameof(Messages.TemplateValid), ("path", path)));
        output.Write(summary);
        return ExitCodes.Success;
    }
}
