using System.Globalization;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Documents.Charts;

/// <summary>How <see cref="SvgChart"/> and <see cref="PngChart"/> draw a <see cref="AccountabilityKit.Statistics.Aggregation.StatTable"/>.</summary>
public sealed record ChartOptions
{
    /// <summary>The smallest width or height accepted, in pixels.</summary>
    public const int MinSize = 100;

    /// <summary>The largest width or height accepted, in pixels.</summary>
    public const int MaxSize = 8000;

    /// <summary>What the chart shows; <see cref="ChartKind.Bars"/> by default.</summary>
    public ChartKind Kind { get; init; } = ChartKind.Bars;

    /// <summary>The width in pixels (<see cref="MinSize"/>–<see cref="MaxSize"/>); 800 by default.</summary>
    public int Width { get; init; } = 800;

    /// <summary>The height in pixels (<see cref="MinSize"/>–<see cref="MaxSize"/>); 480 by default.</summary>
    public int Height { get; init; } = 480;

    /// <summary>zh-CN (any Chinese culture) for Chinese labels and title, any other culture for English; zh-CN by default.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The title; <see langword="null"/> (the default) for the catalogue's title of the <see cref="Kind"/> and its dimensions.</summary>
    public string? Title { get; init; }

    /// <summary>The dimension along the axis (or the slices); <see langword="null"/> for the table's first dimension.</summary>
    public FactField? Category { get; init; }

    /// <summary>The dimension of the bars within a group (<see cref="ChartKind.GroupedBars"/> only); <see langword="null"/> for the table's other dimension.</summary>
    public FactField? Series { get; init; }

    /// <summary>
    /// The font family to draw with; <see langword="null"/> (the default) for the first installed of
    /// <see cref="ChartFonts.PreferredFamilies"/>. A family that is not installed falls back the same way, never throws.
    /// </summary>
    public string? FontFamily { get; init; }
}
