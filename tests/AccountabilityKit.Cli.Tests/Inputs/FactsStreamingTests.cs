using System.Text;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Tests.TestSupport;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Tests.Inputs;

/// <summary>The facts file is read as a stream, element by element or record by record, each element checked with its path.</summary>
public sealed class FactsStreamingTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static AccountabilityFact Fact(int n) => new()
    {
        CaseId = "c-" + n,
        Region = new OrgUnitId("R"),
        Unit = new OrgUnitId("R-1"),
        UnitKind = UnitKind.Township,
        Quarter = AssessmentQuarter.Parse("2021Q3"),
        SubjectKind = SubjectKind.Organization,
        Form = AccountabilityForm.CirculatedNotice,
        Organizations = 1,
        Cases = 1,
        Subjects = 1,
    };

    private static string Element(int n) => System.Text.Json.JsonSerializer.Serialize(Fact(n), CliJsonContext.InfoOf<AccountabilityFact>());

    [Fact]
    public void JsonFacts_AreHandedOnOneByOne_BeforeTheEndOfTheFileIsRead()
    {
        // 2,000 good elements (far more than one read buffer), then text that is not JSON: a reader of the whole
        // file would hand on nothing before it fails.
        var path = _dir.Write("facts.json", "[" + string.Join(",", Enumerable.Range(1, 2000).Select(Element)) + ", {]");
        var seen = new List<string>();

        var act = () => FactsFile.ReadInto(path, f => seen.Add(f.CaseId), out _);

        act.Should().Throw<UsageException>().Which.Text.Render(Localization.MessageCatalog.English).Should().Contain("AK040");
        seen.Should().NotBeEmpty().And.Equal(Enumerable.Range(1, seen.Count).Select(i => "c-" + i));
    }

    [Fact]
    public void CsvFacts_AreHandedOnOneByOne_InFileOrder()
    {
        var facts = Enumerable.Range(1, 500).Select(Fact).ToList();
        var path = _dir.Write("facts.csv", FactsFile.WriteCsv(facts));
        var seen = new List<AccountabilityFact>();

        var count = FactsFile.ReadInto(path, seen.Add, out var report);

        report.IsValid.Should().BeTrue();
        count.Should().Be(500);
        seen.Should().Equal(facts);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("// a comment first\n null")]
    public void NullFactsDocument_IsReportedAsAK044AtTheRoot_NotReadAsNoFacts(string text)
    {
        var path = _dir.Write("facts.json", text);

        FactsFile.Read(path, out var report).Should().BeNull();

        var issue = report.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(VocabularyIssueCodes.NullJsonValue);
        issue.Path.Should().Be("$");
    }

    [Fact]
    public void NullFactElement_IsReportedAsAK044WithItsIndex()
    {
        var path = _dir.Write("facts.json", "[" + Element(1) + ", null, " + Element(3) + "]");

        FactsFile.Read(path, out var report).Should().BeNull();

        var issue = report.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(VocabularyIssueCodes.NullJsonValue);
        issue.Path.Should().Be("$[1]");
    }

    [Fact]
    public void InvalidFactElement_ST009_IsReportedWithItsIndexPath_AndNothingAfterItIsHandedOn()
    {
        var bad = Element(2).Replace("\"organizations\": 1", "\"organizations\": 70000", StringComparison.Ordinal);
        bad.Should().Contain("70000");
        var path = _dir.Write("facts.json", "[" + Element(1) + ", " + bad + ", " + Element(3) + "]");
        var seen = new List<string>();

        FactsFile.ReadInto(path, f => seen.Add(f.CaseId), out var report);

        report.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == StatisticsIssueCodes.InvalidFact && i.Path == "$[1].organizations");
        seen.Should().Equal("c-1");
    }

    [Fact]
    public void UnreadableFactElement_IsReportedWithItsIndexPath()
    {
        var bad = Element(3).Replace("\"circulatedNotice\"", "\"flogging\"", StringComparison.Ordinal);
        var path = _dir.Write("facts.json", "[" + Element(1) + ", " + Element(2) + ", " + bad + "]");

        FactsFile.Read(path, out var report).Should().BeNull();

        report.Issues.Should().ContainSingle().Which.Path.Should().Be("$[2].form");
    }

    [Fact]
    public async Task JsonFactsWithoutExtension_AndACommentFirst_AreReadAsJson()
    {
        var path = _dir.Write("facts", "// 2021 年\n/* 事实 */ [" + Element(1) + "]");

        var run = await ToolRun.RunAsync("stats", "--facts", path, "--by", "region");

        run.ExitCode.Should().Be(0, run.Stdout + run.Stderr);
        run.Stdout.Should().StartWith("1 条事实");
    }

    [Fact]
    public void FactsFile_HasNoSizeLimit_ButIsCheckedForEncodingToTheEnd()
    {
        // Valid UTF-8 for well over a read chunk, then one bad byte: its offset is exact.
        var body = new StringBuilder("[");
        var n = 0;
        while (body.Length < 3 * 1024 * 1024)
        {
            body.Append(n == 0 ? string.Empty : ",").Append(Element(++n));
        }

        var head = Encoding.UTF8.GetBytes(body.ToString());
        var path = _dir.File("facts.json");
        File.WriteAllBytes(path, [.. head, 0xC3, 0x28, .. Encoding.UTF8.GetBytes("]")]);

        var act = () => FactsFile.Read(path, out _);

        act.Should().Throw<UsageException>().Which.Text.Render(Localization.MessageCatalog.English)
            .Should().Contain("AK045").And.Contain($"not valid UTF-8 at byte offset {head.Length}, nor valid GB18030");
    }
}
