using AccountabilityKit.Documents.Reports;
using AccountabilityKit.Documents.Tests.TestSupport;
using AccountabilityKit.Localization;
using static AccountabilityKit.Documents.Tests.TestSupport.Samples;

namespace AccountabilityKit.Documents.Tests.Reports;

public sealed class StatisticsReportDocumentTests
{
    [Fact]
    public void Write_HeadlineSentence_YearOverYear_AndTables()
    {
        using var docx = Docx.Of(s => StatisticsReportDocument.Write(Report, [ByRegion], s, Options));

        docx.ValidationErrors().Should().BeEmpty();
        docx.Paragraphs().Should().Contain(Report.ToChineseSummary()).And.Contain("统计期间：2026年");
        var yoy = Docx.Rows(docx.Tables()[0]);
        yoy[0].Should().Equal("指标", "本期", "上年同期", "增减");
        yoy.Skip(1).Select(r => r[1]).Should().Equal(Report.Figures.Select(f => f.Current.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var table = Docx.Rows(docx.Tables()[1]);
        table.Should().HaveCount(ByRegion.Rows.Length + 1);
        table.Should().Contain(r => r[0] == "合计" && r[r.Length - 1] == "10");
        docx.Tables().Should().OnlyContain(t => Docx.Rows(t).Count >= 2);
    }

    [Fact]
    public void Write_EmptyTableAndNoTables_SaidInWords_NeverAnEmptyTable()
    {
        using var docx = Docx.Of(s => StatisticsReportDocument.Write(Report, [Empty], s, Options));
        docx.ValidationErrors().Should().BeEmpty();
        docx.Paragraphs().Should().Contain("该表无数据。");
        docx.Tables().Should().ContainSingle("only the year-over-year table");

        using var none = Docx.Of(s => StatisticsReportDocument.Write(Report, [], s, Options with { Culture = MessageCatalog.English }));
        none.Paragraphs().Should().Contain("No tables were given.").And.Contain(Report.ToEnglishSummary());
    }

    [Fact]
    public void Write_SameInput_SameBytes()
    {
        using var first = Docx.Of(s => StatisticsReportDocument.Write(Report, [ByRegion, Empty], s, Options));
        using var second = Docx.Of(s => StatisticsReportDocument.Write(Report, [ByRegion, Empty], s, Options));
        first.Bytes.Should().Equal(second.Bytes);
    }
}

public sealed class StatisticsReportChartTests
{
    [Fact]
    public void Write_EmbedsAChartPngPerTable_WithCaption()
    {
        using var docx = Docx.Of(s => StatisticsReportDocument.Write(Report, [ByRegion, Empty], s, Options));

        docx.ValidationErrors().Should().BeEmpty();
        var images = docx.Package.MainDocumentPart!.ImageParts.ToList();
        images.Should().HaveCount(2, "the empty table gets its no-data figure");
        images.Should().OnlyContain(p => p.ContentType == "image/png");
        docx.Paragraphs().Should().Contain("四、图表").And.Contain("图1").And.Contain("图2");
    }
}
