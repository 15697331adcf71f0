namespace AccountabilityKit.Checklists.Records;

/// <summary>Completion of the milestones of one group (a checklist, a unit or an aspect) at the as-of date.</summary>
/// <param name="Key">The checklist id, unit id or aspect code.</param>
/// <param name="Total">All milestones of the group.</param>
/// <param name="Done">Milestones done.</param>
/// <param name="DueByDate">Milestones due on or before the as-of date.</param>
/// <param name="Overdue">Milestones overdue.</param>
/// <param name="Rate">Done / Total, rounded to 4 places (to even); 0 when there are none.</param>
/// <param name="OnScheduleRate">Done among those due / DueByDate, rounded to 4 places (to even); 1 when none is due yet.</param>
public sealed record CompletionRate(string Key, int Total, int Done, int DueByDate, int Overdue, decimal Rate, decimal OnScheduleRate);
