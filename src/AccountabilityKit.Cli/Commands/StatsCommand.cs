using System.CommandLine;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Cli.Reports;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
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
        var facts = new Option<string>("--facts") { Description = "Facts file: a JSON array of accountability facts, or CSV (see README)", Required = true };
        var by = new Option<string>("--by")
        {
            Description = "Comma-separated dimensions: region, unit, unitKind, year, quarter, subjectKind, form, adjustment, sanction, responsibility, circumstance, typical, noticeBatch",
            DefaultValueFactory = _ => "region,year,form",
        };
        var from = new Option<string?>("--from") { Description = "First quarter counted, e.g. 2021Q1" };
        var to = new Option<string?>("--to") { Description = "Last quarter counted, e.g. 2025Q4" };
        var command = new Command("stats", "Aggregate accountability facts (统计) by region, year, form, …") { facts, by, from, to };
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
            throw new UsageException("--by/--from/--to: " + string.Join("; ", requestReport.Issues.Select(i => i.Code + " " + i.Message)));
        }

        var facts = FactsFile.Read(path, out var report);
        if (facts is null)
        {
            var issues = ToolOutput.IssueSet();
            output.AddIssues(issues, path, report);
            output.Line(output.T($"事实文件有 {issues.Rows.Count} 个问题：", $"The facts file has {issues.Rows.Count} problem(s):"));
            output.Write(issues);
            return ExitCodes.Problems;
        }

        var table = new FactTable();
        table.AppendRange(facts);
        var result = ColumnarStatExecutor.Execute(table, request);
        output.Line(output.T($"{facts.Count} 条事实（每条为一名问责对象的一种问责方式）。", $"{facts.Count} fact(s) (one per form per subject held to account)."));
        output.Write(StatValues.ToDataSet(output, result));
        return ExitCodes.Success;
    }

    /// <summary>Entries, person-times, organisation entries and distinct cases: the counts the README's counting rules define.</summary>
    public static System.Collections.Immutable.ImmutableArray<StatMeasure> Measures { get; } =
    [
        StatMeasure.Count(),
        StatMeasure.Sum(FactField.Persons),
        StatMeasure.Sum(FactField.Organizations),
        StatMeasure.DistinctCount(FactField.Case),
    ];

    private static IEnumerable<FactField> ParseDimensions(string by)
    {
        foreach (var part in by.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<FactField>(part, ignoreCase: true, out var field) || !Enum.IsDefined(field) || char.IsDigit(part[0]) || !FactFields.IsDimension(field))
            {
                throw new UsageException($"--by: '{part}' is not a dimension (region, unit, unitKind, year, quarter, subjectKind, form, adjustment, sanction, responsibility, circumstance, typical, noticeBatch, case, person)");
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

        return AssessmentQuarter.TryParse(value, out var quarter) ? quarter : throw new UsageException($"{option} '{value}' is not a quarter such as 2021Q2");
    }
}
