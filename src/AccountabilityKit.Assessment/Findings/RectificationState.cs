using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment.Findings;

/// <summary>A finding's rectification status at an as-of date.</summary>
/// <param name="Status">The status.</param>
/// <param name="DaysLate">Days past the deadline: for <see cref="RectificationStatus.Overdue"/> up to the as-of date, for <see cref="RectificationStatus.RectifiedLate"/> up to the rectified date; otherwise 0.</param>
public readonly record struct RectificationState(RectificationStatus Status, int DaysLate)
{
    /// <summary>True when the rectification missed its deadline (overdue, or rectified late).</summary>
    public bool MissedDeadline => Status is RectificationStatus.Overdue or RectificationStatus.RectifiedLate;

    /// <summary>The state as a person reads it: 整改中, 按期完成整改, 逾期3天完成整改, 逾期未整改15天 (English for an <c>en</c> culture).</summary>
    public Message Explanation => Status switch
    {
        RectificationStatus.RectifiedOnTime => Catalog.Of(nameof(Messages.RectificationOnTime)),
        RectificationStatus.RectifiedLate => Catalog.Of(nameof(Messages.RectificationLateDays), ("days", DaysLate)),
        RectificationStatus.Overdue => Catalog.Of(nameof(Messages.RectificationOverdueDays), ("days", DaysLate)),
        _ => Catalog.Of(nameof(Messages.RectificationOpen)),
    };
}
