using System.Globalization;
using System.Text;
using System.Text.Json;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Serialization;
using AccountabilityKit.Statistics.Columnar;
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

    /// <summary>Reads the whole file: the facts, or <see langword="null"/> and the problems in <paramref name="report"/>.</summary>
    public static IReadOnlyList<AccountabilityFact>? Read(string path, out ValidationReport report)
    {
        var facts = new List<AccountabilityFact>();
        ReadInto(path, facts.Add, out report);
        return report.IsValid ? facts : null;
    }

    /// <summary>
    /// Reads the file as a stream, element by element (JSON) or record by record (CSV), handing every valid fact to
    /// <paramref name="sink"/> in file order, so memory does not grow with the file. Every fact is checked
    /// (<see cref="FactTable.Validate"/>); once a problem is found no further fact is handed on, but reading goes on to
    /// list the problems of the rest (for JSON, up to the first one the reader cannot read past). The facts file is a
    /// bulk input: it has no size limit.
    /// </summary>
    /// <returns>The number of facts handed to <paramref name="sink"/>.</returns>
    public static long ReadInto(string path, Action<AccountabilityFact> sink, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var (stream, encoding) = BulkText.Open(path, nameof(Messages.FileKindFacts));
        using (stream)
        {
            var isCsv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                || (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !StartsWithArray(stream, encoding));
            try
            {
                return isCsv ? ReadCsv(stream, encoding, sink, out report) : ReadJson(path, stream, encoding, sink, out report);
            }
            catch (DecoderFallbackException e)
            {
                // Checked before reading: only a file changed while it is read gets here.
                throw InputFiles.Unreadable(Catalog.Of(nameof(Messages.FileKindFacts)), path, e);
            }
            catch (IOException e)
            {
                throw InputFiles.Unreadable(Catalog.Of(nameof(Messages.FileKindFacts)), path, e);
            }
        }
    }

    /// <summary>Whether the text at the stream's position starts with a JSON array (comments skipped); the position is kept.</summary>
    private static bool StartsWithArray(Stream stream, Encoding encoding) => FirstToken(stream, encoding) == JsonTokenType.StartArray;

    /// <summary>The first JSON token at the stream's position (comments skipped); the position is kept.</summary>
    private static JsonTokenType FirstToken(Stream stream, Encoding encoding)
    {
        var start = stream.Position;
        var bytes = new byte[64 * 1024];
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        stream.Position = start;
        var chars = new char[encoding.GetMaxCharCount(read)];
        var count = encoding.GetDecoder().GetChars(bytes, 0, read, chars, 0, flush: false);
        return InputFiles.FirstToken(new string(chars, 0, count));
    }

    private static long ReadJson(string path, Stream stream, Encoding encoding, Action<AccountabilityFact> sink, out ValidationReport report)
    {
        using var utf8 = encoding.CodePage == Encoding.UTF8.CodePage ? null : Encoding.CreateTranscodingStream(stream, encoding, Encoding.UTF8, leaveOpen: true);
        var issues = new List<ValidationIssue>();
        long index = 0;
        long count = 0;
        if (stream.CanSeek && FirstToken(stream, encoding) == JsonTokenType.Null)
        {
            // The streaming reader reads a null document as an empty sequence: a facts file of `null` holds no list at all.
            report = ValidationReport.Of(ValidationIssue.Error(VocabularyIssueCodes.NullJsonValue, JsonPaths.Root, Catalog.Of(nameof(Messages.FactsNullDocument))));
            return 0;
        }

        try
        {
            foreach (var fact in JsonSerializer.DeserializeAsyncEnumerable(utf8 ?? stream, CliJsonContext.InfoOf<AccountabilityFact>()).ToBlockingEnumerable())
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"$[{index++}]");
                if (fact is null)
                {
                    issues.Add(ValidationIssue.Error(VocabularyIssueCodes.NullJsonValue, at, Catalog.Of(nameof(Messages.FactNullElement))));
                    continue;
                }

                var problems = FactTable.Validate(fact);
                if (!problems.IsValid)
                {
                    issues.AddRange(problems.Under(at).Issues);
                }
                else if (issues.Count == 0)
                {
                    sink(fact);
                    count++;
                }
            }
        }
        catch (Exception e) when (e is JsonException or ValidationFailedException)
        {
            var problems = AccountabilityKitJson.ToReport(e);
            InputFiles.ThrowIfNotJson(problems, path);
            issues.AddRange(problems.Issues);
        }

        report = ValidationReport.From(issues);
        return count;
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

    private static long ReadCsv(Stream stream, Encoding encoding, Action<AccountabilityFact> sink, out ValidationReport report)
    {
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var csv = new CsvRecords(text);
        var issues = new List<ValidationIssue>();
        if (!csv.Read() || csv.Problem is not null || !csv.Fields.SequenceEqual(CsvColumns, StringComparer.Ordinal))
        {
            report = ValidationReport.Of(ValidationIssue.Error(
                VocabularyIssueCodes.MissingJsonProperty, CsvRecords.Location(1), Catalog.Of(nameof(Messages.CsvHeaderInvalid), MessageArgument.List("columns", CsvColumns))));
            return 0;
        }

        long count = 0;
        while (csv.Read())
        {
            if (csv.IsBlank)
            {
                continue;
            }

            if (csv.Problem is { } problem)
            {
                var name = problem.Column <= CsvColumns.Count ? CsvColumns[problem.Column - 1] : null;
                issues.Add(ValidationIssue.Error(
                    VocabularyIssueCodes.InvalidJsonValue, CsvRecords.Location(csv.FieldLines[problem.Column - 1], problem.Column, name), Catalog.Of(problem.Key)));
                continue;
            }

            if (csv.Fields.Count != CsvColumns.Count)
            {
                issues.Add(ValidationIssue.Error(
                    VocabularyIssueCodes.InvalidJsonValue, CsvRecords.Location(csv.Line), Catalog.Of(nameof(Messages.CsvFieldCount), ("expected", CsvColumns.Count), ("found", csv.Fields.Count))));
                continue;
            }

            var row = new Row(csv, issues);
            var before = issues.Count;
            var fact = row.ToFact();
            if (issues.Count == before)
            {
                foreach (var issue in FactTable.Validate(fact).Issues)
                {
                    issues.Add(new ValidationIssue(issue.Code, issue.Severity, row.LocationOf(issue.Path), issue.Text, issue.Citation));
                }
            }

            if (issues.Count == 0)
            {
                sink(fact);
                count++;
            }
        }

        report = ValidationReport.From(issues);
        return count;
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => KitEnum.Name(value);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>One CSV record of facts being read: each cell's value, or its problem at the cell's line and column.</summary>
    private sealed class Row(CsvRecords csv, List<ValidationIssue> issues)
    {
        public AccountabilityFact ToFact() => new()
        {
            CaseId = Text("caseId") ?? string.Empty,
            Region = Id("region"),
            Unit = Id("unit"),
            UnitKind = Enum<UnitKind>("unitKind") ?? default,
            Quarter = Quarter("quarter"),
            SubjectKind = Enum<SubjectKind>("subjectKind") ?? default,
            Form = Enum<AccountabilityForm>("form") ?? default,
            Adjustment = Enum<OrganizationalAdjustmentKind>("adjustment", optional: true),
            Sanction = Enum<DisciplinarySanction>("sanction", optional: true),
            Responsibility = Enum<LeadershipResponsibility>("responsibility", optional: true),
            Circumstance = Enum<Circumstance>("circumstance", optional: true),
            IsTypical = Bool("isTypical"),
            NoticeBatch = Text("noticeBatch"),
            Person = Person("person"),
            Persons = Int("persons"),
            Organizations = Int("organizations"),
            Cases = Int("cases"),
            Subjects = Int("subjects"),
            TypicalCases = Int("typicalCases"),
        };

        /// <summary>
        /// The CSV location of a path relative to the record (<c>$.persons</c>, <c>persons</c>): the cell of that
        /// column, or the record's line.
        /// </summary>
        public string LocationOf(string path)
        {
            var name = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
            for (var i = 0; i < CsvColumns.Count; i++)
            {
                if (string.Equals(CsvColumns[i], name, StringComparison.Ordinal))
                {
                    return At(i);
                }
            }

            return CsvRecords.Location(csv.Line);
        }

        private string? Text(string column)
        {
            var value = csv.Fields[Index(column)];
            return value.Length == 0 ? null : value;
        }

        private OrgUnitId Id(string column)
        {
            var value = Text(column);
            if (value is null)
            {
                Fail(VocabularyIssueCodes.MissingJsonProperty, column, Catalog.Of(nameof(Messages.CsvValueRequired)));
                return default;
            }

            try
            {
                return new OrgUnitId(value);
            }
            catch (ValidationFailedException e)
            {
                Relocate(column, e.Report);
                return default;
            }
        }

        private PersonId? Person(string column)
        {
            if (Text(column) is not { } value)
            {
                return null;
            }

            try
            {
                return new PersonId(value);
            }
            catch (ValidationFailedException e)
            {
                Relocate(column, e.Report);
                return null;
            }
        }

        private AssessmentQuarter Quarter(string column)
        {
            if (AssessmentQuarter.TryParse(Text(column), out var quarter))
            {
                return quarter;
            }

            Fail(VocabularyIssueCodes.MalformedPeriod, column, Catalog.Of(nameof(Messages.CsvNotQuarter), ("text", Text(column))));
            return default;
        }

        private TEnum? Enum<TEnum>(string column, bool optional = false)
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

            if (KitEnum.TryParse<TEnum>(value, out var parsed))
            {
                return parsed;
            }

            Fail(VocabularyIssueCodes.UndefinedEnumValue, column, Catalog.Of(
                nameof(Messages.CsvNotCanonicalEnum), ("text", value), ("type", typeof(TEnum).Name), MessageArgument.List("allowed", KitEnum.Names<TEnum>())));
            return null;
        }

        private bool Bool(string column)
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

        private int Int(string column)
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

        private string At(int index) => CsvRecords.Location(csv.FieldLines[index], index + 1, CsvColumns[index]);

        private void Fail(string code, string column, Message message) => issues.Add(ValidationIssue.Error(code, At(Index(column)), message));

        /// <summary>A value's own problems (an identifier's AK001 at <c>value</c>) at the cell they are in.</summary>
        private void Relocate(string column, ValidationReport report)
        {
            foreach (var issue in report.Issues)
            {
                issues.Add(new ValidationIssue(issue.Code, issue.Severity, At(Index(column)), issue.Text, issue.Citation));
            }
        }
    }
}
