using System.Globalization;
using System.Xml.Linq;
using AccountabilityKit.Documents.Charts;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Documents.Tests.Charts;

public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static List<string> Texts(string svg) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value.Trim()).Where(t => t.Length > 0)];

    [Fact]
    public void Render_BarsPerYear_HasTitleYearTicksValuesAndLegend()
    {
        var table = ChartTables.PerYear();
        var (cases, persons) = (table.Columns[1].ChineseLabel, table.Columns[2].ChineseLabel);

        var svg = SvgChart.Render(table, new ChartOptions());

        var texts = Texts(svg);
        texts.Should().Contain($"按年度统计的{cases}和{persons}");
        texts.Should().Contain(["2022年", "2023年", "2024年"]);
        texts.Should().Contain(["12", "30", "15", "41", "9", "22"], "every bar is labelled with its value");
        texts.Should().Contain([cases, persons], "the legend names both measures");
        texts.Should().NotContain(t => t.Any(c => c >= '\u2F00' && c <= '\u2FDF'), "ideographs are written as ideographs, not as Kangxi radicals");
        var root = XDocument.Parse(svg).Root!;
        root.Attribute("width")!.Value.Should().Be("800");
        root.Attribute("height")!.Value.Should().Be("480");
    }

    [Fact]
    public void Render_English_UsesEnglishLabels()
    {
        var table = ChartTables.PerForm();
        var texts = Texts(SvgChart.Render(table, new ChartOptions { Kind = ChartKind.Pie, Culture = CultureInfo.GetCultureInfo("en-GB") }));

        texts.Should().Contain($"Share of {table.Columns[1].EnglishLabel} by Accountability form");
        texts.Should().Contain(["Admonishment", "Circulated notice", "Written examination"]);
    }

    [Fact]
    public void Render_Pie_HasEachFormWithValueAndPercent()
    {
        var table = ChartTables.PerForm();
        var texts = Texts(SvgChart.Render(table, new ChartOptions { Kind = ChartKind.Pie }));

        texts.Should().Contain($"按问责方式统计的{table.Columns[1].ChineseLabel}构成");
        texts.Should().Contain(["诫勉", "通报", "检查"]);
        texts.Should().Contain(["6（60.0%）", "3（30.0%）", "1（10.0%）"]);
    }

    [Fact]
    public void Render_StackedShares_LabelsPercentagesAndLegend()
    {
        var texts = Texts(SvgChart.Render(ChartTables.PerForm(), new ChartOptions { Kind = ChartKind.StackedShares }));

        texts.Should().Contain(["60.0%", "30.0%", "10.0%"]);
        texts.Should().Contain(["诫勉 6", "通报 3", "检查 1"]);
    }

    [Fact]
    public void Render_GroupedBars_HasRegionsFormsAndValues()
    {
        var table = ChartTables.PerRegionAndForm();
        var texts = Texts(SvgChart.Render(table, new ChartOptions { Kind = ChartKind.GroupedBars }));

        texts.Should().Contain($"按地区和问责方式统计的{table.Columns[2].ChineseLabel}");
        texts.Should().Contain(["east", "west"]);
        texts.Should().Contain(["诫勉", "通报", "检查"]);
        texts.Should().Contain(["4", "2", "7", "5"]);
    }

    [Fact]
    public void Render_GroupedBars_CategoryAndSeriesCanBeSwapped()
    {
        var table = ChartTables.PerRegionAndForm();
        var texts = Texts(SvgChart.Render(
            table,
            new ChartOptions { Kind = ChartKind.GroupedBars, Category = FactField.Form, Series = FactField.Region }));

        texts.Should().Contain($"按问责方式和地区统计的{table.Columns[2].ChineseLabel}");
    }

    [Fact]
    public void Render_SameInput_GivesIdenticalSvg()
    {
        foreach (var kind in Enum.GetValues<ChartKind>())
        {
            var table = kind == ChartKind.GroupedBars ? ChartTables.PerRegionAndForm() : ChartTables.PerForm();
            SvgChart.Render(table, new ChartOptions { Kind = kind })
                .Should().Be(SvgChart.Render(table, new ChartOptions { Kind = kind }), $"{kind} is deterministic");
        }
    }

    [Fact]
    public void Render_UsesTheResolvedCjkFont()
    {
        var svg = SvgChart.Render(ChartTables.PerYear(), new ChartOptions());

        var family = ChartFonts.Resolve(null);
        svg.Should().Contain(family);
        if (ChartFonts.PreferredFamilies.Any(ChartFonts.IsInstalled))
        {
            ChartFonts.PreferredFamilies.Should().Contain(family);
        }
    }

    [Fact]
    public void Render_MissingFont_FallsBackWithoutThrowing()
    {
        var svg = SvgChart.Render(ChartTables.PerYear(), new ChartOptions { FontFamily = "No Such Font 9F3A" });

        svg.Should().NotContain("No Such Font 9F3A");
        svg.Should().Contain(ChartFonts.Resolve(null));
        ChartFonts.Resolve("No Such Font 9F3A").Should().Be(ChartFonts.Resolve(null));
    }

    [Theory]
    [InlineData(ChartKind.Bars)]
    [InlineData(ChartKind.Pie)]
    [InlineData(ChartKind.StackedShares)]
    [InlineData(ChartKind.GroupedBars)]
    public void Render_EmptyTable_IsNoDataFigure(ChartKind kind)
    {
        var table = kind == ChartKind.GroupedBars ? ChartTables.Empty(FactField.Region, FactField.Form) : ChartTables.Empty(FactField.Form);

        var texts = Texts(SvgChart.Render(table, new ChartOptions { Kind = kind }));

        texts.Should().Contain("暂无数据");
    }

    [Fact]
    public void Render_OnlyZeroOrAbsentValues_IsNoDataFigure()
    {
        var table = ChartTables.Table([FactField.Year], [StatMeasure.Count()], (["2023"], [0m]), (["2024"], [null]));

        Texts(SvgChart.Render(table, new ChartOptions { Kind = ChartKind.Pie })).Should().Contain("暂无数据");
        Texts(SvgChart.Render(table, new ChartOptions { Culture = CultureInfo.GetCultureInfo("en-US") })).Should().Contain("No data");
    }

    [Fact]
    public void Render_AbsentKey_IsLabelledNotGiven()
    {
        var table = ChartTables.Table([FactField.Region], [StatMeasure.Count()], ([null], [3m]), (["east"], [2m]));

        Texts(SvgChart.Render(table, new ChartOptions())).Should().Contain(["未填写", "east"]);
    }

    [Fact]
    public void Render_DimensionNotInTable_ThrowsTypedError()
    {
        var act = () => SvgChart.Render(ChartTables.PerYear(), new ChartOptions { Category = FactField.Region });

        act.Should().Throw<ChartDimensionException>()
            .Where(e => e.Dimension == FactField.Region && e.Text!.Id == "Documents.ChartDimensionMissing");
    }

    [Fact]
    public void Render_TableGroupedByAnExtraDimension_ThrowsTypedError()
    {
        var act = () => SvgChart.Render(ChartTables.PerRegionAndForm(), new ChartOptions { Kind = ChartKind.Pie });

        act.Should().Throw<ChartDimensionException>()
            .Where(e => e.Dimension == FactField.Form && e.Text!.Id == "Documents.ChartDimensionExtra");
    }

    [Fact]
    public void Render_GroupedBarsOfOneDimension_ThrowsTypedError()
    {
        var act = () => SvgChart.Render(ChartTables.PerForm(), new ChartOptions { Kind = ChartKind.GroupedBars });

        act.Should().Throw<ChartDimensionException>().Where(e => e.Dimension == FactField.Region);
    }

    [Theory]
    [InlineData(99, 480)]
    [InlineData(800, 8001)]
    [InlineData(0, 0)]
    public void Render_SizeOutOfRange_Throws(int width, int height)
    {
        var act = () => SvgChart.Render(ChartTables.PerYear(), new ChartOptions { Width = width, Height = height });

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Contain($"{width}×{height}");
    }

    [Fact]
    public void Render_NullArguments_Throw()
    {
        FluentActions.Invoking(() => SvgChart.Render(null!, new ChartOptions())).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SvgChart.Render(ChartTables.PerYear(), null!)).Should().Throw<ArgumentNullException>();
    }
}
