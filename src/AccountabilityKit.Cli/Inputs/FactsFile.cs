using System.Globalization;
using System.Text;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Serialization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>
/// The facts file of <c>akit stats</c>: a JSON array of <see cref="AccountabilityFact"/> (camelCase, enums as camelCase
/// strings), or CSV with the header <see cref="CsvColumns"/> and the same values. The format is chosen by the extension
/// (<c>.csv</c>), else by content.
/// </summary>
internal static class FactsFile
{
    /// <summary>The CSV header, in order.</summary>
    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "caseId", "region", "unit", "unitKind", "quarter", "subjectKind", "form", "adjustment", "sanction", "responsibility",
        "circumstance", "isTypical", "noticeBatch", "person", "persons", "organizations", "cases", "subjects", "typicalCases",
    ];

    public static IReadOnlyList<AccountabilityFact>? Read(string path, out ValidationReport report)
    {
        var text = InputFiles.ReadText(path, nameof(Messages.FileKindFacts));
        var isCsv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            || (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !text.AsSpan().TrimStart().StartsWith("["));
        if (isCsv)
        {
            return ReadCsv(text, out report);
        }

        if (!AccountabilityKitJson.TryRead(text, CliJsonContext.InfoOf<List<AccountabilityFact>>(), out var facts, out report))
        {
            InputFiles.ThrowIfNotJson(report, path);
            return null;
        }

        return facts;
    }

    public static string WriteJson(IReadOnlyList<AccountabilityFact> facts) =>
        AccountabilityKitJson.Write(facts.ToList(), CliJsonContext.InfoOf<List<AccountabilityFact>>());

    public static string WriteCsv(IEnumerable<AccountabilityFact> facts)
    {
        var builder = new StringBuilder();
        builder.AppendJoin(',', CsvColumns).Append('\n');
        foreach (var f in facts)
        {
            string?[] cells =
            [
                f.CaseId, f.Region.Value, f.Unit.Value, Name(f.UnitKind), f.Quarter.ToString(), Name(f.SubjectKind), Name(f.Form),
                f.Adjustment is { } a ? Name(a) : null, f.Sanction is { } s ? Name(s) : null, f.Responsibility is { } r ? Name(r) : null,
                f.Circumstance is { } c ? Name(c) : null, f.IsTypical ? "true" : "false", f.NoticeBatch, f.Person?.Value,
                Int(f.Persons), Int(f.Organizations), Int(f.Cases), Int(f.Subjects), Int(f.TypicalCases),
            ];
            builder.AppendJoin(',', cells.Select(Quote)).Append('\n');
        }

        return builder.ToString();
    }

    private static List<AccountabilityFact>? ReadCsv(string text, out ValidationReport report)
    {
        var issues = new ValidationReportBuilder();
        var facts = new List<AccountabilityFact>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || !SplitCsv(lines[0]).SequenceEqual(CsvColumns, StringComparer.Ordinal))
        {
            report = new ValidationReportBuilder(LinePath(1))
                .Error(VocabularyIssueCodes.MissingJsonProperty, string.Empty, Catalog.Of(nameof(Messages.CsvHeaderInvalid), MessageArgument.List("columns", CsvColumns)))
                .Build();
            return null;
        }

        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length == 0)
            {
                continue;
            }

            var line = new ValidationReportBuilder(LinePath(n + 1));
            var row = new Row(SplitCsv(lines[n]), line);
            if (row.Cells.Count != CsvColumns.Count)
            {
                line.Error(VocabularyIssueCodes.InvalidJsonValue, string.Empty, Catalog.Of(nameof(Messages.CsvFieldCount), ("expected", CsvColumns.Count), ("found", row.Cells.Count)));
                issues.AddRange(line.Build());
                continue;
            }

            var fact = new AccountabilityFact
            {
                CaseId = row.Text("caseId") ?? string.Empty,
                Region = row.Id("region"),
                Unit = row.Id("unit"),
                UnitKind = row.Enum<UnitKind>("unitKind") ?? default,
                Quarter = row.Quarter("quarter"),
                SubjectKind = row.Enum<SubjectKind>("subjectKind") ?? default,
                Form = row.Enum<AccountabilityForm>("form") ?? default,
                Adjustment = row.Enum<OrganizationalAdjustmentKind>("adjustment", optional: true),
                Sanction = row.Enum<DisciplinarySanction>("sanction", optional: true),
                Responsibility = row.Enum<LeadershipResponsibility>("responsibility", optional: true),
                Circumstance = row.Enum<Circumstance>("circumstance", optional: true),
                IsTypical = row.Bool("isTypical"),
                NoticeBatch = row.Text("noticeBatch"),
                Person = row.Text("person") is { } p ? new PersonId(p) : null,
                Persons = row.Int("persons"),
                Organizations = row.Int("organizations"),
                Cases = row.Int("cases"),
                Subjects = row.Int("subjects"),
                TypicalCases = row.Int("typicalCases"),
            };
            if (line.Count == 0)
            {
                facts.Add(fact);
            }

            issues.AddRange(line.Build());
        }

        report = issues.Build();
        return report.IsValid ? facts : null;
    }

    /// <summary>Where a CSV problem is: <c>line 2</c>, and under it the column (<c>line 2.form</c>).</summary>
    private static string LinePath(int line) => string.Create(CultureInfo.InvariantCulture, $"line {line}");

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>Splits one CSV line (RFC 4180 quotes; no line breaks inside fields).</summary>
    public static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return cells;
    }

    private sealed class Row(List<string> cells, ValidationReportBuilder line)
    {
        public List<string> Cells => cells;

        public string? Text(string column)
        {
            var value = cells[Index(column)];
            return value.Length == 0 ? null : value;
        }

        public OrgUnitId Id(string column)
        {
            var value = Text(column);
            if (value is null)
            {
                Fail(VocabularyIssueCodes.MissingJsonProperty, column, Catalog.Of(nameof(Messages.CsvValueRequired)));
                return new OrgUnitId("?");
            }

            return new OrgUnitId(value);
        }

        public AssessmentQuarter Quarter(string column)
        {
            if (AssessmentQuarter.TryParse(Text(column), out var quarter))
            {
                return quarter;
            }

            Fail(VocabularyIssueCodes.MalformedPeriod, column, Catalog.Of(nameof(Messages.CsvNotQuarter), ("text", Text(column))));
            return default;
        }

        public TEnum? Enum<TEnum>(string column, bool optional = false)
            where TEnum : struct, Enum
        {
            var value = Text(column);
            if (value is null)
            {
                if (!optional)
                {
                    Fail(VocabularyIssueCodes.MissingJsonProperty, column, Catalog.Of(nameof(Messages.CsvValueRequired)));
                }

                return null;
            }

            if (!char.IsDigit(value[0]) && System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed))
            {
                return parsed;
            }

            Fail(VocabularyIssueCodes.UndefinedEnumValue, column, Catalog.Of(nameof(Messages.CsvNotEnumValue), ("text", value), ("type", typeof(TEnum).Name)));
            return null;
        }

        public bool Bool(string column)
        {
            var value = Text(column);
            if (value is null or "false")
            {
                return false;
            }

            if (value == "true")
            {
                return true;
            }

            Fail(VocabularyIssueCodes.InvalidJsonValue, column, Catalog.Of(nameof(Messages.CsvNotBoolean), ("text", value)));
            return false;
        }

        public int Int(string column)
        {
            var value = Text(column);
            if (value is null)
            {
                return 0;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            Fail(VocabularyIssueCodes.InvalidJsonValue, column, Catalog.Of(nameof(Messages.CsvNotCount), ("text", value)));
            return 0;
        }

        private static int Index(string column)
        {
            for (var i = 0; i < CsvColumns.Count; i++)
            {
                if (CsvColumns[i] == column)
                {
                    return i;
                }
            }

            throw new ArgumentOutOfRangeException(nameof(column), column, "Unknown CSV column.");
        }

        private void Fail(string code, string column, Message message) => line.Error(code, column, message);
    }
}
