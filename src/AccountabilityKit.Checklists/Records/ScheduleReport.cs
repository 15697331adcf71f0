using System.Collections.Immutable;
using NodaTime;

namespace AccountabilityKit.Checklists.Records;

/// <summary>The schedule (序时进度) of a set of checklists at an as-of date.</summary>
/// <param name="AsOf">The date evaluated.</param>
/// <param name="Milestones">Every milestone with its status.</param>
/// <param name="ByChecklist">Completion per checklist, by id.</param>
/// <param name="ByUnit">Completion per unit, by id.</param>
/// <param name="ByAspect">Completion per template aspect, by code (empty without a template).</param>
public sealed record ScheduleReport(
    LocalDate AsOf, ImmutableArray<MilestoneProgress> Milestones,
    ImmutableArray<CompletionRate> ByChecklist, ImmutableArray<CompletionRate> ByUnit, ImmutableArray<CompletionRate> ByAspect);
