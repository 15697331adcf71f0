using AccountabilityKit.Serialization;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Tests.TestSupport;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Tests.Inputs;

/// <summary>The CSV facts reader: RFC 4180, canonical enum spellings only, and every problem at its line and column.</summary>
public sealed class CsvFactsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly string Header = string.Join(',', FactsFile.CsvColumns);

    private static AccountabilityFact Fact(string caseId, string batch = "b") => new()
    {
        CaseId = caseId,
        Region = new OrgUnitId("R"),
        Unit = new OrgUnitId("R-1"),
        UnitKind = UnitKind.Township,
        Quarter = AssessmentQuarter.Parse("2021Q3"),
        SubjectKind = SubjectKind.Cadre,
        Form = AccountabilityForm.DisciplinarySanction,
        Sanction = DisciplinarySanction.SeriousWarning,
        IsTypical = true,
        NoticeBatch = batch,
        Person = new PersonId("P-1"),
        Persons = 1,
        Cases = 1,
        Subjects = 1,
        TypicalCases = 1,
    };

    /// <summary>The CSV record of a valid fact, with one cell replaced (the cell is written as given: quote it yourself).</summary>
    private static string Row(string column, string cell)
    {
        var line = FactsFile.WriteCsv([Fact("c-1")]).Split('\n')[1];
        var cells = line.Split(',');
        cells[Column(column) - 1] = cell;
        return string.Join(',', cells);
    }

    private static int Column(string name) => FactsFile.CsvColumns.ToList().IndexOf(name) + 1;

    private ValidationReport ReadCsv(string text)
    {
        var path = _dir.Write("facts.csv", text);
        FactsFile.Read(path, out var report).Should().BeNull();
        return report;
    }

    [Theory]
    [InlineData("+0")]
    [InlineData("1")]
    [InlineData("Province")]
    [InlineData("PROVINCE")]
    [InlineData("\"province, city\"")]
    [InlineData(" province")]
    public void NonCanonicalEnumSpelling_IsRefusedWithLineColumnAndTheAllowedNames(string cell)
    {
        var report = ReadCsv(Header + "\n" + Row("unitKind", "province") + "\n" + Row("unitKind", cell) + "\n");

        var issue = report.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(VocabularyIssueCodes.UndefinedEnumValue);
        issue.Path.Should().Be($"line 3 column {Column("unitKind")} (unitKind)");
        issue.Text.Render(MessageCatalog.English).Should().Contain("write exactly one of: ").And.Contain("province").And.Contain("cityDepartment");
    }

    [Fact]
    public void CanonicalEnumSpelling_IsTheJsonSpelling_ForEveryMember()
    {
        foreach (var kind in Enum.GetValues<UnitKind>())
        {
            var json = System.Text.Json.JsonSerializer.Serialize(kind, Serialization.AccountabilityKitJson.TypeInfo<UnitKind>()).Trim('"');
            KitEnum.TryParse<UnitKind>(json, out var parsed).Should().BeTrue(json);
            parsed.Should().Be(kind);
        }
    }

    [Theory]
    [InlineData("region", " R")]
    [InlineData("unit", "R-1 ")]
    [InlineData("unit", "R\u0007-1")]
    [InlineData("person", "P\u001B[2J")]
    public void BadIdentifier_ReportsItsCodeAtTheLineAndColumn(string column, string cell)
    {
        var report = ReadCsv(Header + "\n" + Row("caseId", "c-0") + "\n" + Row(column, cell) + "\n");

        var issue = report.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(VocabularyIssueCodes.InvalidIdentifier);
        issue.Path.Should().Be($"line 3 column {Column(column)} ({column})");
    }

    [Fact]
    public void IdentifierOverTheLengthLimit_ReportsTheLineAndColumn()
    {
        var report = ReadCsv(Header + "\n" + Row("region", new string('R', 129)) + "\n");

        report.Issues.Should().ContainSingle().Which.Path.Should().Be($"line 2 column {Column("region")} (region)");
    }

    [Fact]
    public void InvalidFactCounts_ST009_ReportTheLineAndColumn_NotAJsonPath()
    {
        var report = ReadCsv(Header + "\n" + Row("persons", "70000") + "\n");

        var issue = report.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(StatisticsIssueCodes.InvalidFact);
        issue.Path.Should().Be($"line 2 column {Column("persons")} (persons)");
    }

    [Fact]
    public void QuotedFields_WithEmbeddedLineBreaksAndQuotes_AreOneField_AndLaterLinesKeepTheirNumbers()
    {
        const string batch = "第1批,\n\"重点\"\r\n通报";
        var record = Row("noticeBatch", "\"" + batch.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        var path = _dir.Write("facts.csv", Header + "\n" + record + "\n");

        var read = FactsFile.Read(path, out var report);
        report.IsValid.Should().BeTrue(report.ToString(MessageCatalog.English));
        read.Should().ContainSingle().Which.NoticeBatch.Should().Be(batch);

        // The record spans lines 2–4: a problem on the next record is on line 5.
        var bad = ReadCsv(Header + "\n" + record + "\n" + Row("form", "flogging") + "\n");
        bad.Issues.Should().ContainSingle().Which.Path.Should().Be($"line 5 column {Column("form")} (form)");
    }

    [Fact]
    public void CrlfAndLf_AreBothAccepted_AndTheBomIsDropped()
    {
        var lf = FactsFile.WriteCsv([Fact("c-1"), Fact("c-2")]);
        var crlf = "\uFEFF" + lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        var fromLf = FactsFile.Read(_dir.Write("lf.csv", lf), out var r1);
        var fromCrlf = FactsFile.Read(_dir.Write("crlf.csv", crlf), out var r2);

        r1.IsValid.Should().BeTrue();
        r2.IsValid.Should().BeTrue(r2.ToString(MessageCatalog.English));
        fromCrlf.Should().Equal(fromLf).And.Equal(Fact("c-1"), Fact("c-2"));
    }

    [Theory]
    [InlineData("ab\"c")]
    [InlineData("\"ab\"c")]
    public void QuoteBreakingRfc4180_IsReportedAtItsCell(string cell)
    {
        var report = ReadCsv(Header + "\n" + Row("noticeBatch", cell) + "\n");

        var issue = report.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(VocabularyIssueCodes.InvalidJsonValue);
        issue.Path.Should().Be($"line 2 column {Column("noticeBatch")} (noticeBatch)");
    }

    [Fact]
    public void UnclosedQuote_IsReportedWhereTheFieldStarts()
    {
        var report = ReadCsv(Header + "\n" + Row("caseId", "c-0") + "\n" + Row("noticeBatch", "\"open") + "\nmore\n");

        var issue = report.Issues.Should().ContainSingle().Which;
        issue.Path.Should().Be($"line 3 column {Column("noticeBatch")} (noticeBatch)");
        issue.Text.Render(MessageCatalog.English).Should().Contain("unclosed quote");
    }

    [Fact]
    public async Task EveryCsvIssue_ThroughTheTool_NamesLineAndColumn()
    {
        var path = _dir.Write("facts.csv", Header + "\n" + Row("unit", " R-1") + "\n" + Row("unitKind", "1") + "\n" + Row("persons", "70000") + "\n");

        var run = await ToolRun.RunWideAsync(400, "stats", "--facts", path, "--lang", "en");

        run.ExitCode.Should().Be(1, run.Stderr);
        run.Stdout.Should().Contain("line 2 column 3 (unit)").And.Contain("line 3 column 4 (unitKind)").And.Contain("line 4 column 15 (persons)");
        run.Stdout.Should().NotContain("$[").And.NotContain(" value ");
        run.ShouldHaveNoStackTrace();
    }
}
