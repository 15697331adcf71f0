using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Documents.Findings;
using AccountabilityKit.Documents.Tests.TestSupport;
using AccountabilityKit.Localization;
using static AccountabilityKit.Documents.Tests.TestSupport.Samples;

namespace AccountabilityKit.Documents.Tests.Findings;

public sealed class ProblemListDocumentTests
{
    [Fact]
    public void Write_EveryFindingOnceInItsRow_WithAllItsFields()
    {
        var list = ListOf(CountyA);
        using var docx = Docx.Of(s => ProblemListDocument.Write(list, s, Options));

        docx.ValidationErrors().Should().BeEmpty();
        var table = docx.Tables().Should().ContainSingle().Subject;
        var rows = Docx.Rows(table);
        rows[0].Should().Equal("序号", "问题类别", "严重程度", "问题描述", "证据材料", "整改要求", "整改时限", "责任领导");
        rows.Skip(1).Select(r => r[3]).Should().Equal("问题a1", "问题a2", "问题a3"); // serious first, then id
        rows[1].Should().Equal("1", "政治纪律和政治规矩", "一般", "问题a1", "通督〔2026〕a1号", "立行立改，按时限完成整改并报送整改情况。", "2026年9月30日", "张三");
        foreach (var f in list.Findings)
        {
            rows.Count(r => r[3] == f.Description).Should().Be(1, f.Id);
        }

        docx.AllText.Should().NotContain("问题b1").And.NotContain("问题old");
    }

    [Fact]
    public void Write_HeaderNamesUnitQuarterTeam_AndEndsWithReceipt()
    {
        using var docx = Docx.Of(s => ProblemListDocument.Write(ListOf(CountyA), s, Options));

        var paragraphs = docx.Paragraphs();
        paragraphs[0].Should().Be("如皋市委2026年第二季度问题清单");
        paragraphs.Should().Contain("被检查单位：如皋市委").And.Contain("检查期间：2026年第二季度").And.Contain("督查小组：第一督查组");
        paragraphs.Should().Contain(p => p.StartsWith("督查组成员：m1（纪委监委）", StringComparison.Ordinal) && p.EndsWith("党风监督员：s1", StringComparison.Ordinal));
        paragraphs.TakeLast(3).Should().Equal("签收", "签收人（单位主要负责人）：", "签收日期：　　　　年　　月　　日");
    }

    [Fact]
    public void Write_TeamOfAnAncestor_NamesIt_AndWithoutTeamsSaysNotGiven()
    {
        using (var town = Docx.Of(s => ProblemListDocument.Write(ListOf(TownA1), s, Options)))
        {
            town.Paragraphs().Should().Contain("督查小组：第一督查组");
        }

        using var bare = Docx.Of(s => ProblemListDocument.Write(ListOf(CountyA), s));
        bare.Paragraphs()[0].Should().Be("RG2026年第二季度问题清单");
        bare.Paragraphs().Should().Contain("督查小组：未提供");
        Docx.Rows(bare.Tables().Single())[1][1].Should().Be("political"); // no rule set: the code
    }

    [Fact]
    public void Write_NoFindings_IsAValidDocumentSayingSo_WithoutEmptyTable()
    {
        using var docx = Docx.Of(s => ProblemListDocument.Write(ListOf(DeptX), s, Options));

        docx.ValidationErrors().Should().BeEmpty();
        docx.Tables().Should().BeEmpty();
        docx.Paragraphs().Should().Contain("本季度未发现问题。").And.Contain("签收");
    }

    [Fact]
    public void Write_ControlCharactersEscapedVisibly_FormulasKeptAsText_TabsAndBreaksKept()
    {
        var nasty = "=SUM(A1:A9)\u0001坏\u0000字\u001F\t制表\r\n换行\uD800孤";
        var list = ListOf(CountyA, [Finding("x1", "political", FindingSeverity.Serious, description: nasty)]);
        using var docx = Docx.Of(s => ProblemListDocument.Write(list, s, Options));

        docx.ValidationErrors().Should().BeEmpty();
        var cell = docx.Tables().Single().Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ElementAt(1)
            .Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().ElementAt(3);
        cell.InnerText.Should().Be("=SUM(A1:A9)\\u0001坏\\u0000字\\u001F制表换行\\uD800孤");
        cell.Descendants<DocumentFormat.OpenXml.Wordprocessing.TabChar>().Should().ContainSingle();
        cell.Descendants<DocumentFormat.OpenXml.Wordprocessing.Break>().Should().ContainSingle();
        cell.Descendants<DocumentFormat.OpenXml.Wordprocessing.FieldCode>().Should().BeEmpty("a formula-like text is never a field");
    }

    [Fact]
    public void Write_English_LabelsFromTheCatalogue()
    {
        using var docx = Docx.Of(s => ProblemListDocument.Write(ListOf(CountyA), s, Options with { Culture = MessageCatalog.English }));

        docx.Paragraphs()[0].Should().Be("Problem list of 如皋市委, 2026Q2");
        Docx.Rows(docx.Tables().Single())[0][0].Should().Be("No.");
        Docx.Rows(docx.Tables().Single())[1][2].Should().Be("General");
        docx.Package.PackageProperties.Language.Should().Be("en");
    }

    [Fact]
    public void Write_SameInput_SameBytes_AndTimestampOnlyFromOptions()
    {
        var list = ListOf(CountyA);
        using var first = Docx.Of(s => ProblemListDocument.Write(list, s, Options));
        using var second = Docx.Of(s => ProblemListDocument.Write(list, s, Options));
        first.Bytes.Should().Equal(second.Bytes);
        first.Package.PackageProperties.Created.Should().Be(Stamp.ToDateTimeUtc());
        first.Package.PackageProperties.Modified.Should().Be(Stamp.ToDateTimeUtc());

        using var clocked = Docx.Of(s => ProblemListDocument.Write(list, s, Options with { Timestamp = null, Clock = new NodaTime.Testing.FakeClock(Stamp) }));
        clocked.Bytes.Should().Equal(first.Bytes);

        using var timeless = Docx.Of(s => ProblemListDocument.Write(list, s, Options with { Timestamp = null }));
        timeless.Package.PackageProperties.Created.Should().BeNull();
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        var write = () => ProblemListDocument.Write(null!, new MemoryStream());
        write.Should().Throw<ArgumentNullException>();
        var noStream = () => ProblemListDocument.Write(ListOf(CountyA), null!);
        noStream.Should().Throw<ArgumentNullException>();
    }
}
