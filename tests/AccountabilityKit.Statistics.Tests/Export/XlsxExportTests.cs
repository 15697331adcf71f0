using System.Globalization;
using AccountabilityKit.Statistics.Export;
using MiniExcelLibs;

namespace AccountabilityKit.Statistics.Tests.Export;

public sealed class XlsxExportTests
{
    private static readonly ExportTable Table = new("t", "问责情况:2021年", "Accountability 2021",
        [
            new ExportColumn("form", "问责方式", "Form", ExportValueKind.Text),
            new ExportColumn("entries", "人次", "Entries", ExportValueKind.WholeNumber),
            new ExportColumn("change", "同比（%）", "Change (%)", ExportValueKind.DecimalNumber),
        ],
        [
            [ExportCell.OfText("Admonishment", "诫勉", "Admonishment"), ExportCell.OfWholeNumber(21), ExportCell.OfDecimalNumber(-12.5m)],
            [ExportCell.OfText("=HYPERLINK(\"x\")"), ExportCell.OfWholeNumber(null), ExportCell.OfDecimalNumber(null)],
        ]);

    [Fact]
    public async Task WriteAsync_Tables_OneSheetEachWithChineseHeadersNumbersAndNeutralisedText()
    {
        using var stream = new MemoryStream();
        await XlsxExport.WriteAsync(stream, [Table, Table], CultureInfo.GetCultureInfo("zh-CN"));

        stream.Position = 0;
        var sheets = stream.GetSheetNames();
        sheets.Should().Equal("问责情况_2021年", "问责情况_2021年~2");

        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: true, sheetName: sheets[0]).Cast<IDictionary<string, object?>>().ToList();
        rows.Should().HaveCount(2);
        rows[0]["问责方式"].Should().Be("诫勉");
        Convert.ToDecimal(rows[0]["人次"], CultureInfo.InvariantCulture).Should().Be(21m);
        rows[0]["人次"].Should().NotBeOfType<string>("numbers are numeric cells");
        Convert.ToDecimal(rows[0]["同比（%）"], CultureInfo.InvariantCulture).Should().Be(-12.5m);
        rows[1]["问责方式"].Should().Be("'=HYPERLINK(\"x\")");
        rows[1]["人次"].Should().BeNull();
    }

    [Fact]
    public async Task WriteAsync_NoTables_Throws()
    {
        using var stream = new MemoryStream();

        await FluentActions.Awaiting(() => XlsxExport.WriteAsync(stream, [], CultureInfo.InvariantCulture)).Should().ThrowAsync<ArgumentException>();
    }
}
