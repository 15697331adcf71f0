using AccountabilityKit.Localization;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>One figure of a <see cref="HeadlineReport"/> with its year-over-year change.</summary>
/// <param name="Measure">The figure.</param>
/// <param name="Current">Its value in the period.</param>
/// <param name="Previous">Its value in the same period a year earlier.</param>
public sealed record HeadlineFigure(HeadlineMeasure Measure, int Current, int Previous)
{
    /// <summary>The zh-CN label.</summary>
    public string ChineseLabel => Labels.ZhCn(Measure);

    /// <summary>The English label.</summary>
    public string EnglishLabel => Labels.En(Measure);

    /// <summary>The change against the same period a year earlier.</summary>
    public YearOverYearChange Change => new(Current, Previous);
}
