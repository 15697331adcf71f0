using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using Codes = AccountabilityKit.Checklists.ChecklistsIssueCodes;

namespace AccountabilityKit.Checklists.Templates;

/// <summary>
/// Imports the tab-separated form administrators keep in spreadsheets: one header row
/// (<c>aspect_code, aspect_title, duty_code, duty_text, mandatory, roles, tags, frequency, suggested_milestone</c>),
/// one row per duty, aspect columns repeated. Roles are <c>team</c>, <c>secretary</c>, <c>member</c>,
/// <c>discipline_secretary</c>; frequencies <c>monthly</c>, <c>quarterly</c>, <c>half-yearly</c>, <c>yearly</c>.
/// Every problem is reported at once, located as <c>line N.column</c>.
/// </summary>
public static partial class TemplateTableImporter
{
    /// <summary>The header row the importer expects.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["aspect_code", "aspect_title", "duty_code", "duty_text", "mandatory", "roles", "tags", "frequency", "suggested_milestone"];

    /// <summary>Imports a template, or throws with every problem found.</summary>
    /// <param name="table">The tab-separated text.</param>
    /// <param name="id">The template id.</param>
    /// <param name="year">The year it takes effect.</param>
    /// <param name="title">The template title.</param>
    /// <param name="unitKinds">The unit kinds it applies to.</param>
    /// <param name="version">The version within the year.</param>
    /// <exception cref="ValidationFailedException">The table is not a valid template.</exception>
    public static ChecklistTemplate Import(string table, string id, AssessmentYear year, string title, IEnumerable<UnitKind> unitKinds, int version = 1) =>
        TryImport(table, id, year, title, unitKinds, out var template, out var report, version) ? template : throw new ValidationFailedException(report);

    /// <summary>Imports a template without throwing for bad input.</summary>
    /// <param name="table">The tab-separated text.</param>
    /// <param name="id">The template id.</param>
    /// <param name="year">The year it takes effect.</param>
    /// <param name="title">The template title.</param>
    /// <param name="unitKinds">The unit kinds it applies to.</param>
    /// <param name="template">The template, when valid.</param>
    /// <param name="report">Every problem found.</param>
    /// <param name="version">The version within the year.</param>
    /// <returns>True when <paramref name="template"/> was imported.</returns>
    public static bool TryImport(
        string table, string id, AssessmentYear year, string title, IEnumerable<UnitKind> unitKinds,
        [NotNullWhen(true)] out ChecklistTemplate? template, out ValidationReport report, int version = 1)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(unitKinds);
        template = null;
        var issues = new ValidationReportBuilder();
        var lines = table.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || !lines[0].TrimStart('\uFEFF').Split('\t').SequenceEqual(Columns, StringComparer.Ordinal))
        {
            report = ValidationReport.Of(ValidationIssue.Error(Codes.MalformedTableRow, "line 1", Catalog.Of(nameof(Messages.TableHeaderWrong), MessageArgument.List("columns", Columns))));
            return false;
        }

        var aspects = new List<(string Code, string Title, int Line, List<(DutyDocument Duty, int Line)> Duties)>();
        for (var i = 1; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split('\t');
            string At(string column) => string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}.{column}");
            if (cells.Length != Columns.Count)
            {
                issues.Add(ValidationIssue.Error(Codes.MalformedTableRow, At("*"), Catalog.Of(nameof(Messages.TableColumnCount), ("count", cells.Length), ("expected", Columns.Count))));
                continue;
            }

            var mandatory = cells[4] switch { "true" => true, "false" => false, _ => (bool?)null };
            if (mandatory is null)
            {
                issues.Add(ValidationIssue.Error(Codes.MalformedTableRow, At("mandatory"), Catalog.Of(nameof(Messages.TableMandatoryInvalid), ("value", cells[4]))));
            }

            var roles = SplitList(cells[5]).Select(r => r.Replace("discipline_secretary", "disciplineSecretary", StringComparison.Ordinal)).ToList();
            for (var r = 0; r < roles.Count; r++)
            {
                if (!TemplateDocumentValidator.Roles.ContainsKey(roles[r]))
                {
                    issues.Add(ValidationIssue.Error(Codes.UnknownRole, At("roles"), Catalog.Of(nameof(Messages.TableUnknownRole), ("role", roles[r].Replace("disciplineSecretary", "discipline_secretary", StringComparison.Ordinal)))));
                }
            }

            var frequency = cells[7].Length == 0 ? null : cells[7] == "half-yearly" ? "halfYearly" : cells[7];
            if (frequency is not null && !TemplateDocumentValidator.Frequencies.ContainsKey(frequency))
            {
                issues.Add(ValidationIssue.Error(Codes.UnknownFrequency, At("frequency"), Catalog.Of(nameof(Messages.TableUnknownFrequency), ("frequency", cells[7]))));
            }

            var tags = SplitList(cells[6]);
            var duty = new DutyDocument
            {
                Code = cells[2],
                Text = cells[3],
                IsMandatory = mandatory ?? false,
                Roles = roles,
                Tags = tags.Count == 0 ? null : tags,
                Frequency = frequency,
                SuggestedMilestone = cells[8].Length == 0 ? null : cells[8],
            };
            var last = aspects.Count == 0 ? default : aspects[^1];
            if (aspects.Count == 0 || !string.Equals(last.Code, cells[0], StringComparison.Ordinal))
            {
                aspects.Add((cells[0], cells[1], lineNumber, [(duty, lineNumber)]));
            }
            else
            {
                last.Duties.Add((duty, lineNumber));
            }
        }

        var document = new TemplateDocument
        {
            Id = id,
            Year = year.Value,
            Version = version,
            Title = title,
            UnitKinds = [.. unitKinds],
            Aspects = [.. aspects.Select(a => new AspectDocument { Code = a.Code, Title = a.Title, Duties = [.. a.Duties.Select(static d => d.Duty)] })],
        };

        // Semantic checks of the JSON format (duplicate codes, empty texts…), relocated from document paths to lines.
        foreach (var issue in TemplateDocumentValidator.Validate(document, null).Issues)
        {
            if (issue.Code is Codes.UnknownRole or Codes.UnknownFrequency)
            {
                continue; // already reported per line above
            }

            var match = DutyPath().Match(issue.Path);
            var path = match.Success
                ? match.Groups["duty"].Success
                    ? string.Create(CultureInfo.InvariantCulture, $"line {aspects[int.Parse(match.Groups["aspect"].Value, CultureInfo.InvariantCulture)].Duties[int.Parse(match.Groups["duty"].Value, CultureInfo.InvariantCulture)].Line}{Column(match.Groups["rest"].Value)}")
                    : string.Create(CultureInfo.InvariantCulture, $"line {aspects[int.Parse(match.Groups["aspect"].Value, CultureInfo.InvariantCulture)].Line}{AspectColumn(match.Groups["rest"].Value)}")
                : issue.Path;
            issues.Add(new ValidationIssue(issue.Code, issue.Severity, path, issue.Text, issue.Citation));
        }

        report = issues.Build();
        if (!report.IsValid)
        {
            return false;
        }

        template = TemplateDocumentValidator.Build(document);
        return true;
    }

    private static string Column(string rest) => rest switch
    {
        ".code" => ".duty_code",
        ".text" => ".duty_text",
        _ => rest,
    };

    private static string AspectColumn(string rest) => rest switch
    {
        ".code" => ".aspect_code",
        ".title" => ".aspect_title",
        _ => rest,
    };

    private static List<string> SplitList(string cell) =>
        [.. cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    [GeneratedRegex(@"^\$\.aspects\[(?<aspect>[0-9]+)\](?:\.duties\[(?<duty>[0-9]+)\])?(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DutyPath();
}
