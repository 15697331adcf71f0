using System.Globalization;
using AccountabilityKit.Documents.Spreadsheets;
using AccountabilityKit.Documents.Tests.Charts;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Reports;
using MiniExcelLibs;

namespace AccountabilityKit.Documents.Tests.Spreadsheets;

public sealed class StatisticsReportWorkbookTests
{
    private static readonly HeadlineReport Report = HeadlineReport.Create([], [], ReportPeriod.Year(2024), scope: null);

    private static async Task<MemoryStream> WriteAsync(params StatTable[] tables)
    {
        var stream = new MemoryStream();
        await StatisticsReportWorkbook.WriteAsync(Report, tables, stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public async Task WriteAsync_HasHeadlineSheetsThenOneSheetPerTable()
    {
        using var withoutTables = await WriteAsync();
        using var stream = await WriteAsync(ChartTables.PerYear(), ChartTables.PerForm());

        var headlineSheets = withoutTables.GetSheetNames();
        headlineSheets.Should().NotBeEmpty();
        stream.GetSheetNames().Should().HaveCount(headlineSheets.Count + 2).And.StartWith(headlineSheets);
    }

    [Fact]
    public async Task WriteAsync_HeadlineFiguresAreNumbers()
    {
        using var stream = await WriteAsync();

        var first = stream.GetSheetNames()[0];
        var rows = stream.Query(useHeaderRow: false, sheetName: first).Cast<IDictionary<string, object?>>().ToList();
        rows.Should().HaveCountGreaterThan(1);
        rows[1]["B"].Should().BeOfType<double>("the current figure is a numeric cell, not text");
    }

    [Fact]
    public async Task WriteAsync_TableValuesAreTypedNumbers()
    {
        using var stream = await WriteAsync(ChartTables.PerYear());

        var last = stream.GetSheetNames()[^1];
        var rows = stream.Query(useHeaderRow: false, sheetName: last).Cast<IDictionary<string, object?>>().ToList();
        rows.Skip(1).Select(r => r["B"]).Should().Equal(12d, 15d, 9d);
        rows.Skip(1).Select(r => r["C"]).Should().Equal(30d, 41d, 22d);
        rows.Skip(1).Select(r => r["A"]).Should().Equal("2022年", "2023年", "2024年");
    }

    [Fact]
    public async Task WriteAsync_FormulaLikeTextStaysText()
    {
        var table = ChartTables.Table([FactField.Region], [StatMeasure.Count()], (["=HYPERLINK(\"http://x\")"], [1m]), (["+1"], [2m]));

        using var stream = await WriteAsync(table);

        var rows = stream.Query(useHeaderRow: false, sheetName: stream.GetSheetNames()[^1]).Cast<IDictionary<string, object?>>().ToList();
        var cells = rows.Skip(1).Select(r => r["A"]).ToList();
        cells.Should().AllBeOfType<string>();
        cells.Cast<string>().Should().OnlyContain(c => c.StartsWith('\''), "a leading apostrophe keeps it from being read as a formula");
    }

    [Fact]
    public async Task WriteAsync_English_HasEnglishHeaders()
    {
        using var stream = new MemoryStream();
        await StatisticsReportWorkbook.WriteAsync(Report, [ChartTables.PerYear()], stream, CultureInfo.GetCultureInfo("en-GB"));
        stream.Position = 0;

        var rows = stream.Query(useHeaderRow: false, sheetName: stream.GetSheetNames()[^1]).Cast<IDictionary<string, object?>>().ToList();
        rows[1]["A"].Should().Be("2022");
        rows[0]["A"].Should().Be("Year");
    }

    [Fact]
    public async Task WriteAsync_BadArguments_Throw()
    {
        using var stream = new MemoryStream();
        await FluentActions.Awaiting(() => StatisticsReportWorkbook.WriteAsync(null!, [], stream)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => StatisticsReportWorkbook.WriteAsync(Report, [null!], stream)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => StatisticsReportWorkbook.WriteAsync(Report, [], null!)).Should().ThrowAsync<ArgumentNullException>();
    }
}
