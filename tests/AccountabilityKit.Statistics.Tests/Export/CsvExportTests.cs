using System.Globalization;
using System.Text;
using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Export;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Reports;
using AccountabilityKit.Statistics.Tests.TestSupport;
using AccountabilityKit.Time;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Export;

public sealed class CsvExportTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static StatTable ByForm() => LinqStatExecutor.Execute(
        new AccountabilityFactProjection(Tree).Project(Case()),
        new StatRequest { Dimensions = [FactField.Form], Measures = [StatMeasure.Count(), StatMeasure.Sum(FactField.Persons)], IncludeGrandTotal = true });

    private static async Task<byte[]> BytesAsync(ExportTable table, CultureInfo culture)
    {
        using var stream = new MemoryStream();
        await CsvExport.WriteAsync(stream, table, culture);
        return stream.ToArray();
    }

    [Fact]
    public async Task WriteAsync_StatTableInChinese_Utf8WithBomChineseHeadersAndLabels()
    {
        var bytes = await BytesAsync(ExportTables.From(ByForm()), Chinese);

        bytes.Take(3).Should().Equal((byte)0xEF, (byte)0xBB, (byte)0xBF);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        text.Should().Be(
            "问责方式,条目数,人次（合计）\r\n" +
            "诫勉,2,1\r\n" +
            "通报,1,0\r\n" +
            "组织调整或者组织处理,1,1\r\n" +
            "合计,4,2\r\n");
    }

    [Fact]
    public void ToCsv_StatTableInEnglish_EnglishHeadersAndLabels()
    {
        var csv = CsvExport.ToCsv(ExportTables.From(ByForm()), English);

        csv.Split("\r\n")[0].Should().Be("Accountability form,Count,Person-times (Sum)");
        csv.Should().Contain("Admonishment,2,1\r\n").And.EndWith("Total,4,2\r\n");
    }

    [Fact]
    public void ToCsv_TextCellsStartingWithFormulaCharacters_GetAnApostrophe_NumbersStayNumbers()
    {
        string[] texts = ["=SUM(A1:A9)", "+86 10 1234", "-cmd", "@import", "\tx", "\rx", "普通文本", "a=b"];
        var table = new ExportTable("t", "表", "Table",
            [new ExportColumn("text", "文本", "Text", ExportValueKind.Text), new ExportColumn("change", "增减", "Change", ExportValueKind.DecimalNumber)],
            texts.Select((t, i) => new[] { ExportCell.OfText(t), ExportCell.OfDecimalNumber(-1.5m - i) }));

        var lines = CsvExport.ToCsv(table, English).Split("\r\n");

        lines[1].Should().Be("'=SUM(A1:A9),-1.5");
        lines[2].Should().Be("'+86 10 1234,-2.5");
        lines[3].Should().Be("'-cmd,-3.5");
        lines[4].Should().Be("'@import,-4.5");
        lines[5].Should().Be("'\tx,-5.5");
        lines[6].Should().Be("\"'\rx\",-6.5", "a field with a carriage return is quoted");
        lines[7].Should().Be("普通文本,-7.5");
        lines[8].Should().Be("a=b,-8.5");
    }

    [Fact]
    public void ToCsv_CommasQuotesAndLineBreaks_AreQuotedPerRfc4180()
    {
        var table = new ExportTable("t", "表", "Table", [new ExportColumn("text", "文本", "Text", ExportValueKind.Text)],
            [[ExportCell.OfText("如皋市, 海门区")], [ExportCell.OfText("所谓\"典型\"案例")], [ExportCell.OfText("第一行\n第二行")], [ExportCell.OfText(null)]]);

        CsvExport.ToCsv(table, Chinese).Should().Be("文本\r\n\"如皋市, 海门区\"\r\n\"所谓\"\"典型\"\"案例\"\r\n\"第一行\n第二行\"\r\n\r\n");
    }

    [Fact]
    public async Task WriteSectionsAsync_HeadlineReport_TitlesFiguresNegativeChangesAndNotApplicable()
    {
        var facts = new AccountabilityFactProjection(Tree).ProjectAll(ReportSamples.PublishedCity(2021).Take(50).Concat(ReportSamples.PublishedCity(2020).Take(80)));
        var measures = new[] { ReportSamples.Measure("P1", TownA, new AssessmentQuarter(2021, 1), DisciplineForm.First) };
        var report = HeadlineReport.Create(facts, measures, ReportPeriod.Year(2021), scope: null);

        using var stream = new MemoryStream();
        await CsvExport.WriteSectionsAsync(stream, ExportTables.From(report), Chinese);
        var text = Encoding.UTF8.GetString(stream.ToArray().AsSpan(3));

        text.Should().StartWith("问责工作主要数据（2021年，同比2020年）\r\n指标,2021年,2020年,同比增减,同比增减（%）\r\n");
        text.Should().Contain("问责案件（起）,50,80,-30,-37.5\r\n", "a decrease is a number, not escaped text");
        text.Should().Contain("运用第一种形态（人次）,1,0,1,n/a\r\n");
        text.Should().Contain("\r\n\r\n按问责方式（2021年）\r\n问责方式,");
        text.Should().Contain("第一种形态,1,100.0\r\n");
    }

    [Fact]
    public void ToCsv_FourFormsAndInspectionReports_OneRowPerSectionAndForm()
    {
        var measures = new[]
        {
            ReportSamples.Measure("P1", TownA, new AssessmentQuarter(2021, 1), DisciplineForm.First),
            ReportSamples.Measure("P2", BureauB, new AssessmentQuarter(2021, 3), DisciplineForm.Second),
        };
        var fourForms = ExportTables.From(FourFormsReport.Create(measures, Tree, ReportPeriod.Year(2021), granularity: ReportGranularity.Year));

        var csv = CsvExport.ToCsv(fourForms.Single(), Chinese);

        csv.Should().StartWith("期间,地区,形态,人次,占比（%）\r\n2021年,全部地区,第一种形态,1,50.0\r\n");
        csv.Should().Contain("2021年,如皋市,第一种形态,1,100.0\r\n").And.Contain("2021年,海门区,合计,1,100.0\r\n");

        var inspection = ExportTables.From(InspectionReport.Create([], ReportPeriod.Year(2021)));
        CsvExport.ToCsv(inspection[1], English).Should().Be(
            "Unit group,Findings,Rectified on time,Rectified late,Overdue,Open,On-time rate (%),Late rate (%),Overdue rate (%),Open (%)\r\nTotal,0,0,0,0,0,0.0,0.0,0.0,0.0\r\n");
    }
}
