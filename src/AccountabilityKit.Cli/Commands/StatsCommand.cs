using System.CommandLine;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Localization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Export;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;

namespace AccountabilityKit.Cli.Commands;

/// <summary>
/// <c>akit stats --facts F --by region,year,form</c>: counts accountability facts with the columnar engine — entries,
/// person-times, organisation entries and distinct cases per group, with a grand total.
/// </summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var facts = new Option<string>("--facts") { Description = context.Help(nameof(Messages.HelpStatsFacts)) };
        var by = new Option<string>("--by")
        {
            Description = context.Help(nameof(Messages.HelpStatsBy), MessageArgument.List("dimensions", DimensionNames)),
            DefaultValueFactory = _ => "region,year,form",
        };
        var from = new Option<string?>("--from") { Description = context.Help(nameof(Messages.HelpStatsFrom)) };
        var to = new Option<string?>("--to") { Description = context.Help(nameof(Messages.HelpStatsTo)) };
        var command = new Command("stats", context.Help(nameof(Messages.HelpStats))) { facts, by, from, to };
        context.Require(command, facts);
        command.SetAction(parse => Run(context.OutputFor(parse), parse.GetValue(facts)!, parse.GetValue(by)!, parse.GetValue(from), parse.GetValue(to)));
        return command;
    }

    private static int Run(ToolOutput output, string path, string by, string? from, string? to)
    {
        var request = new StatRequest
        {
            Dimensions = [.. ParseDimensions(by)],
            Measures = Measures,
            From = ParseQuarter("--from", from),
            To = ParseQuarter("--to", to),
            IncludeGrandTotal = true,
        };
        var requestReport = request.Validate();
        if (!requestReport.IsValid)
        {
            throw UsageException.Of(
                nameof(Messages.UsageStatRequestInvalid),
                MessageArgument.List("problems", requestReport.Issues.Select(i => i.Code + " " + output.Text.Render(i))));
        }

        // Streamed straight into the columnar table, which stores only the columns this request needs.
        var table = new FactTable(new FactTableOptions { Dimensions = [.. NeededColumns(request)] });
        var count = FactsFile.ReadInto(path, table.Append, out var report);
        if (!report.IsValid)
        {
            var issues = ToolOutput.IssueTable();
            output.AddIssues(issues, path, report);
            output.Line(output.Say(nameof(Messages.StatsFactsProblems), ("count", issues.Count)));
            output.Write(ToolOutput.Issues(issues));
            return ExitCodes.Problems;
        }

        var result = ColumnarStatExecutor.Execute(table, request);
        output.Line(output.Say(nameof(Messages.StatsFactCount), ("count", count)));
        output.Write(ExportTables.From(result));
        return ExitCodes.Success;
    }

    /// <summary>The dimensions the request groups by, counts distinct or filters on.</summary>
    private static IEnumerable<FactField> NeededColumns(StatRequest request) =>
        request.Dimensions.Append(FactField.Case).Concat(request.From is null && request.To is null ? [] : [FactField.Quarter]).Distinct();

    /// <summary>Entries, person-times, organisation entries and distinct cases: the counts the README's counting rules define.</summary>
    public static System.Collections.Immutable.ImmutableArray<StatMeasure> Measures { get; } =
    [
        StatMeasure.Count(),
        StatMeasure.Sum(FactField.Persons),
        StatMeasure.Sum(FactField.Organizations),
        StatMeasure.DistinctCount(FactField.Case),
    ];

    /// <summary>The dimensions <c>--by</c> accepts, as written on the command line.</summary>
    public static IReadOnlyList<string> DimensionNames { get; } =
    [
        "region", "unit", "unitKind", "year", "quarter", "subjectKind", "form", "adjustment", "sanction", "responsibility",
        "circumstance", "typical", "noticeBatch", "case", "person",
    ];

    private static IEnumerable<FactField> ParseDimensions(string by)
    {
        foreach (var part in by.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!KitEnum.TryParse<FactField>(part, out var field) || !FactFields.IsDimension(field))
            {
                throw UsageException.Of(nameof(Messages.UsageDimensionInvalid), ("text", part), MessageArgument.List("dimensions", DimensionNames));
            }

            yield return field;
        }
    }

    private static AssessmentQuarter? ParseQuarter(string option, string? value)
    {
        if (value is null)
        {
            return null;
        }

        return AssessmentQuarter.TryParse(value, out var quarter) ? quarter : throw UsageException.Of(nameof(Messages.UsageQuarterInvalid), ("option", option), ("text", value));
    }
}
