using System.CommandLine;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Organization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Statistics.Export;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Commands;

/// <summary>
/// <c>akit case check FILE</c>: validates accountability cases (问责) against the regulation pack in force at their
/// decision date, and lists for every subject the forms the pack allows with each step's citation.
/// </summary>
internal static class CaseCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = context.Help(nameof(Messages.HelpCaseFile)) };
        var units = new Option<string?>("--units") { Description = context.Help(nameof(Messages.HelpCaseUnits)) };
        var check = new Command("check", context.Help(nameof(Messages.HelpCaseCheck))) { file, units };
        check.SetAction(parse => Check(context.OutputFor(parse), parse.GetValue(file)!, parse.GetValue(units)));

        var command = new Command("case", context.Help(nameof(Messages.HelpCase)));
        command.Subcommands.Add(check);
        return command;
    }

    private static int Check(ToolOutput output, string path, string? unitsPath)
    {
        OrgTree? tree = null;
        if (unitsPath is not null)
        {
            tree = ReadTree(unitsPath);
        }

        var catalog = RegulationPackCatalog.CreateDefault();
        var issues = CaseAdvice.IssueTable();
        var recommendations = CaseAdvice.RecommendationTable();
        var steps = CaseAdvice.StepTable();
        var cases = CaseFile.Read(path);
        var invalid = 0;
        foreach (var (prefix, @case, readReport) in cases)
        {
            if (@case is null)
            {
                invalid++;
                CaseAdvice.AddIssues(output, issues, prefix, readReport);
                continue;
            }

            var pack = AccountabilityRules.PackFor(@case, catalog);
            var report = (tree is null ? AccountabilityRules.Validate(@case, pack) : AccountabilityRules.Validate(@case, pack, tree)).Under(prefix);
            invalid += report.IsValid ? 0 : 1;
            CaseAdvice.AddIssues(output, issues, @case.Id, report);

            // Decision support needs a case the rules accept (DecisionSupport refuses one with errors); an invalid
            // case is reported by its issues, and the other cases are still checked and advised.
            if (report.IsValid)
            {
                CaseAdvice.AddRecommendations(output, recommendations, steps, @case, pack);
            }
        }

        var issueTable = issues.Build(Catalog.Of(nameof(Messages.CaseProblemsTitle)));
        var stepTable = steps.Build(Catalog.Of(nameof(Messages.CaseStepsTitle)));
        switch (output.Format)
        {
            case OutputFormat.Json:
                var summary = new TableBuilder(
                    "summary",
                    TableBuilder.Integer("cases", "案件数", "Cases"),
                    TableBuilder.Integer("invalid", "有误案件", "Invalid"));
                summary.Add(ExportCell.OfWholeNumber(cases.Count), ExportCell.OfWholeNumber(invalid));
                output.WriteJson(summary.Build("核查概况", "Summary"), issueTable, recommendations.Build(Catalog.Of(nameof(Messages.CaseDecisionSupportHeading))), stepTable);
                break;
            case OutputFormat.Csv:
                output.WriteCsv(issueTable);
                break;
            default:
                output.Line(output.Say(nameof(Messages.CaseSummary), ("path", path), ("cases", cases.Count), ("invalid", invalid)));
                if (issues.Count > 0)
                {
                    output.WriteTable(issueTable, titled: true);
                }

                if (recommendations.Count > 0)
                {
                    output.Heading(output.Say(nameof(Messages.CaseDecisionSupportHeading)));
                    output.WriteTable(recommendations.Build(Catalog.Of(nameof(Messages.CaseDecisionSupportHeading))));
                    output.WriteTable(stepTable, titled: true);
                    output.Line(output.Say(nameof(Messages.CaseDecisionSupportNote)));
                }

                break;
        }

        return invalid > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }

    /// <summary>Reads an org tree file (a JSON array of units); problems are reported with exit code 1.</summary>
    public static OrgTree ReadTree(string path)
    {
        var json = InputFiles.ReadText(path, nameof(Messages.FileKindUnits));
        if (!AccountabilityKitJson.TryRead(json, CliJsonContext.InfoOf<List<OrgUnit>>(), out var units, out var report))
        {
            InputFiles.ThrowIfNotJson(report, path);
            throw new ValidationFailedException(report);
        }

        return OrgTree.Build(units);
    }
}
