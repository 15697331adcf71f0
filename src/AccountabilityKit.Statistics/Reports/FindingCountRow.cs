using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>The findings of one category and severity in an <see cref="InspectionReport"/>.</summary>
/// <param name="Category">The rule set's category code.</param>
/// <param name="CategoryName">The category's display name (zh-CN) if one was given, else the code.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Findings">The number of findings.</param>
public sealed record FindingCountRow(string Category, string CategoryName, FindingSeverity Severity, int Findings)
{
    /// <summary>The zh-CN label, e.g. "政治建设（严重）".</summary>
    public string ChineseLabel => $"{CategoryName}（{Labels.ZhCn(Severity)}）";

    /// <summary>The English label, e.g. "political (Serious)".</summary>
    public string EnglishLabel => $"{Category} ({Labels.En(Severity)})";
}
