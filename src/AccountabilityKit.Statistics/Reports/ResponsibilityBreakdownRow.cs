using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>The leading cadres held to account with one leadership responsibility in a <see cref="HeadlineReport"/>.</summary>
/// <param name="Responsibility">The responsibility; <see langword="null"/> for cadres whose responsibility was not determined.</param>
/// <param name="Cadres">Leading cadres held to account (per case) with it.</param>
public sealed record ResponsibilityBreakdownRow(LeadershipResponsibility? Responsibility, int Cadres)
{
    /// <summary>The zh-CN label ("未认定" when not determined).</summary>
    public string ChineseLabel => Responsibility is { } r ? Labels.ZhCn(r) : Texts.Chinese(nameof(Messages.ResponsibilityNotDetermined));

    /// <summary>The English label ("Not determined" when not determined).</summary>
    public string EnglishLabel => Responsibility is { } r ? Labels.En(r) : Texts.English(nameof(Messages.ResponsibilityNotDetermined));
}
