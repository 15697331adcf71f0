using System.Text;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Tests.TestSupport;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Serialization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;

namespace AccountabilityKit.Cli.Tests.Inputs;

/// <summary>Input files are decoded strictly: detected (BOM, strict UTF-8, GB18030) or chosen with <c>--encoding</c>; never garbled.</summary>
public sealed class InputEncodingTests : IDisposable
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static AccountabilityFact Fact(string caseId) => new()
    {
        CaseId = caseId,
        Region = new OrgUnitId("江华县"),
        Unit = new OrgUnitId("江华县-城关镇"),
        UnitKind = UnitKind.Township,
        Quarter = AssessmentQuarter.Parse("2021Q3"),
        SubjectKind = SubjectKind.Cadre,
        Form = AccountabilityForm.DisciplinarySanction,
        Sanction = DisciplinarySanction.SeriousWarning,
        IsTypical = true,
        NoticeBatch = "2021年第1批（典型案例）",
        Person = new PersonId("张三"),
        Persons = 1,
        Cases = 1,
        Subjects = 1,
        TypicalCases = 1,
    };

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = _dir.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Gb18030FactsCsv_WithChineseText_IsDetectedAndReadCorrectly()
    {
        var facts = new[] { Fact("案-1"), Fact("案-2") };
        var bytes = Gb18030.GetBytes(FactsFile.WriteCsv(facts));
        var path = WriteBytes("facts.csv", bytes);
        bytes.Should().NotBeEquivalentTo(Encoding.UTF8.GetBytes(FactsFile.WriteCsv(facts)), "the file must really be GB18030, not UTF-8");

        var read = FactsFile.Read(path, out var report);

        report.IsValid.Should().BeTrue(report.ToString(Localization.MessageCatalog.English));
        read.Should().Equal(facts);
    }

    [Fact]
    public void Gb18030FactsJson_WithChineseText_IsDetectedAndReadCorrectly()
    {
        var facts = new[] { Fact("案-1") };
        var path = WriteBytes("facts.json", Gb18030.GetBytes(FactsFile.WriteJson(facts)));

        FactsFile.Read(path, out var report).Should().Equal(facts, report.ToString(Localization.MessageCatalog.English));
    }

    [Fact]
    public async Task Gb18030FactsCsv_ThroughTheTool_ShowsTheChineseValues()
    {
        var path = WriteBytes("facts.csv", Gb18030.GetBytes(FactsFile.WriteCsv([Fact("案-1")])));

        var run = await ToolRun.RunAsync("stats", "--facts", path, "--by", "region,noticeBatch", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("江华县").And.Contain("2021年第1批（典型案例）").And.NotContain("\uFFFD");
    }

    [Fact]
    public async Task Gb18030TemplateFile_IsReadCorrectly_ByTheDocumentReader()
    {
        // A document file (read whole), saved by GB18030 tooling: its Chinese title comes through intact.
        var json = Checklists.Templates.ChecklistTemplateJson.Save(Checklists.Templates.BuiltInTemplates.CountyCommittee2021);
        var path = WriteBytes("template.json", Gb18030.GetBytes(json));

        InputFiles.ReadText(path, nameof(Messages.FileKindTemplate)).Should().Be(json);
        var run = await ToolRun.RunWideAsync(400, "template", "check", path, "--format", "json");

        run.ExitCode.Should().Be(0, run.Stdout + run.Stderr);
        run.Stdout.Should().Contain(Checklists.Templates.BuiltInTemplates.CountyCommittee2021.Title).And.NotContain("\uFFFD");
    }

    [Fact]
    public void ReadText_InvalidUtf8_WithEncodingUtf8_IsRefusedWithAK045AndTheByteOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"title\": \"ab").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\" }")).ToArray();
        var path = WriteBytes("template.json", bytes);
        var act = () =>
        {
            InputEncoding.Value = DocumentEncoding.Utf8;
            try
            {
                return InputFiles.ReadText(path, nameof(Messages.FileKindTemplate));
            }
            finally
            {
                InputEncoding.Value = DocumentEncoding.Detect;
            }
        };

        var e = act.Should().Throw<UsageException>().Which;
        var text = e.Text.Render(Localization.MessageCatalog.English);
        text.Should().Contain("AK045").And.Contain("not valid UTF-8 at byte offset 14.");
    }

    [Fact]
    public async Task InvalidBytes_InAnyInput_ExitTwoWithTheCodeAndOffset_NeverGarbled()
    {
        // 0xFF: neither UTF-8 nor GB18030 (whose lead bytes end at 0xFE).
        var bytes = Encoding.UTF8.GetBytes("[ { \"caseId\": \"x").Concat(new byte[] { 0xFF, 0x20 }).Concat(Encoding.UTF8.GetBytes("\" } ]")).ToArray();
        var facts = WriteBytes("facts.json", bytes);
        var template = WriteBytes("template.json", bytes);

        var stats = await ToolRun.RunAsync("stats", "--facts", facts, "--lang", "en");
        var show = await ToolRun.RunAsync("template", "check", template, "--lang", "en");

        foreach (var run in new[] { stats, show })
        {
            run.ExitCode.Should().Be(2, run.Stdout + run.Stderr);
            run.Stderr.Should().Contain("AK045").And.Contain("not valid UTF-8 at byte offset 16, nor valid GB18030");
            run.ShouldHaveNoStackTrace();
        }
    }

    [Fact]
    public async Task EncodingOption_Utf8_RefusesGb18030Bytes_AndGb18030_ReadsThem()
    {
        var path = WriteBytes("facts.csv", Gb18030.GetBytes(FactsFile.WriteCsv([Fact("案-1")])));
        var firstChinese = Gb18030.GetByteCount(FactsFile.WriteCsv([Fact("案-1")]).Split('案')[0]);

        var utf8 = await ToolRun.RunAsync("stats", "--facts", path, "--encoding", "utf-8", "--lang", "en");
        var gb = await ToolRun.RunAsync("stats", "--facts", path, "--encoding", "gb18030", "--by", "region");

        utf8.ExitCode.Should().Be(2);
        utf8.Stderr.Should().Contain("AK045").And.Contain($"not valid UTF-8 at byte offset {firstChinese}.");
        gb.ExitCode.Should().Be(0, gb.Stderr);
        gb.Stdout.Should().Contain("江华县");
    }

    [Fact]
    public async Task EncodingOption_UnknownValue_IsBadUsage()
    {
        var run = await ToolRun.RunAsync("stats", "--facts", _dir.Write("f.csv", "x"), "--encoding", "latin1");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("latin1");
    }

    [Fact]
    public async Task Help_DocumentsTheEncodingOption_InBothLanguages()
    {
        var zh = await ToolRun.RunAsync("--help");
        var en = await ToolRun.RunAsync("stats", "--help", "--lang", "en");

        zh.Stdout.Should().Contain("--encoding <auto|utf-8|gb18030>").And.Contain("输入文件的文本编码");
        en.Stdout.Should().Contain("--encoding <auto|utf-8|gb18030>").And.Contain("Text encoding of input files");
    }

    [Fact]
    public void ReadText_FileOverTheSizeLimit_IsRefusedWithAK046BeforeReading()
    {
        var path = _dir.File("huge.json");
        using (var file = File.Create(path))
        {
            file.SetLength(DocumentLimits.DefaultMaxBytes + 1); // sparse: nothing is written
        }

        var act = () => InputFiles.ReadText(path, nameof(Messages.FileKindRuleSet));

        var text = act.Should().Throw<UsageException>().Which.Text.Render(Localization.MessageCatalog.English);
        text.Should().Contain("AK046").And.Contain((DocumentLimits.DefaultMaxBytes + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ReadText_Utf8WithBom_DropsTheBom()
    {
        var path = WriteBytes("t.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"a\":\"中\"}")]);

        InputFiles.ReadText(path, nameof(Messages.FileKindTemplate)).Should().Be("{\"a\":\"中\"}");
    }
}
