using AccountabilityKit.Documents.Charts;
using AccountabilityKit.Statistics.Facts;
using SkiaSharp;

namespace AccountabilityKit.Documents.Tests.Charts;

public sealed class PngChartTests
{
    [Theory]
    [InlineData(ChartKind.Bars, 800, 480)]
    [InlineData(ChartKind.Pie, 640, 640)]
    [InlineData(ChartKind.StackedShares, 900, 300)]
    [InlineData(ChartKind.GroupedBars, 1024, 600)]
    public void Render_HasTheSizeAskedForAndIsNotBlank(ChartKind kind, int width, int height)
    {
        var table = kind == ChartKind.GroupedBars ? ChartTables.PerRegionAndForm() : kind == ChartKind.Bars ? ChartTables.PerYear() : ChartTables.PerForm();

        var png = PngChart.Render(table, new ChartOptions { Kind = kind, Width = width, Height = height });

        png.AsSpan(0, 8).ToArray().Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        using var bitmap = SKBitmap.Decode(png);
        bitmap.Width.Should().Be(width);
        bitmap.Height.Should().Be(height);
        var colours = new HashSet<SKColor>();
        for (var y = 0; y < height; y += 4)
        {
            for (var x = 0; x < width; x += 4)
            {
                colours.Add(bitmap.GetPixel(x, y));
            }
        }

        colours.Count.Should().BeGreaterThan(8, "a chart has bars or slices of several colours on a white ground");
        colours.Should().Contain(new SKColor(0xC0, 0x39, 0x2B), "the first series is drawn in the first palette colour");
    }

    [Fact]
    public void Render_EmptyTable_IsAFigureNotAnException()
    {
        var png = PngChart.Render(ChartTables.Empty(FactField.Year), new ChartOptions { Width = 400, Height = 300 });

        using var bitmap = SKBitmap.Decode(png);
        bitmap.Width.Should().Be(400);
        var dark = 0;
        for (var y = 0; y < 300; y++)
        {
            for (var x = 0; x < 400; x++)
            {
                dark += bitmap.GetPixel(x, y).Red < 200 ? 1 : 0;
            }
        }

        dark.Should().BeGreaterThan(100, "the title and the no-data text are drawn");
    }

    [Fact]
    public void Render_SameInput_GivesIdenticalBytes()
    {
        PngChart.Render(ChartTables.PerYear(), new ChartOptions()).Should().Equal(PngChart.Render(ChartTables.PerYear(), new ChartOptions()));
    }

    [Fact]
    public void Render_DimensionNotInTable_ThrowsTypedError()
    {
        FluentActions.Invoking(() => PngChart.Render(ChartTables.PerForm(), new ChartOptions { Category = FactField.Year }))
            .Should().Throw<ChartDimensionException>();
    }
}
