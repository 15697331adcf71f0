using System.Collections.Immutable;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;

namespace AccountabilityKit.Checklists.Records;

/// <summary>How one milestone stands at the as-of date, and why.</summary>
/// <param name="ChecklistId">The checklist.</param>
/// <param name="Unit">The checklist owner's unit.</param>
/// <param name="ItemId">The item.</param>
/// <param name="Index">The milestone's position in the item.</param>
/// <param name="Milestone">The milestone.</param>
/// <param name="Status">Done, on track, due soon or overdue.</param>
/// <param name="DaysOverdue">Days past the due date (overdue only; else 0).</param>
/// <param name="DaysLeft">Days until the due date (open and not overdue; else 0).</param>
/// <param name="AspectCodes">The template aspects of the item's duties (empty when no template was given).</param>
public sealed record MilestoneProgress(
    string ChecklistId, OrgUnitId Unit, string ItemId, int Index, Milestone Milestone, MilestoneStatus Status, int DaysOverdue, int DaysLeft,
    ImmutableArray<string> AspectCodes)
{
    /// <summary>
    /// The status in words, as a catalogue message: done on which date, overdue by how many days, or how many days are
    /// left (<c>Checklists.MilestoneDone</c>, <c>MilestoneOverdue</c>, <c>MilestoneDueSoon</c>, <c>MilestoneOnTrack</c>).
    /// </summary>
    public Message Explanation => Status switch
    {
        MilestoneStatus.Done when Milestone.CompletedOn is { } done =>
            Catalog.Of(nameof(Messages.MilestoneDone), ("completedOn", done), ("due", Milestone.Due)),
        MilestoneStatus.Overdue => Catalog.Of(nameof(Messages.MilestoneOverdue), ("days", DaysOverdue), ("due", Milestone.Due)),
        MilestoneStatus.DueSoon => Catalog.Of(nameof(Messages.MilestoneDueSoon), ("days", DaysLeft), ("due", Milestone.Due)),
        _ => Catalog.Of(nameof(Messages.MilestoneOnTrack), ("days", DaysLeft), ("due", Milestone.Due)),
    };
}
