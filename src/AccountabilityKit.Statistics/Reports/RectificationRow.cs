namespace AccountabilityKit.Statistics.Reports;

/// <summary>
/// Rectification (整改) of the findings of one unit group (or of all) in an <see cref="InspectionReport"/>. The four
/// counts add up to <see cref="Findings"/>; the four rates are percentages of <see cref="Findings"/> with one decimal,
/// rounded by the largest-remainder method so that they add up to exactly 100.0 (all 0 when there are no findings).
/// </summary>
/// <param name="UnitGroup">The unit group's id; <see langword="null"/> for findings of units in no group, or for the total row.</param>
/// <param name="ChineseLabel">The zh-CN label (the group's name).</param>
/// <param name="EnglishLabel">The English label (the group's id).</param>
/// <param name="Findings">Findings in the group.</param>
/// <param name="RectifiedOnTime">Rectified on or before the deadline.</param>
/// <param name="RectifiedLate">Rectified after the deadline.</param>
/// <param name="Overdue">Not rectified, deadline passed.</param>
/// <param name="Open">Not rectified, deadline not passed (or none).</param>
/// <param name="OnTimeRate">Percent rectified on time (按期整改率).</param>
/// <param name="LateRate">Percent rectified late.</param>
/// <param name="OverdueRate">Percent overdue (逾期未整改率).</param>
/// <param name="OpenRate">Percent still open.</param>
public sealed record RectificationRow(
    string? UnitGroup,
    string ChineseLabel,
    string EnglishLabel,
    int Findings,
    int RectifiedOnTime,
    int RectifiedLate,
    int Overdue,
    int Open,
    decimal OnTimeRate,
    decimal LateRate,
    decimal OverdueRate,
    decimal OpenRate);
