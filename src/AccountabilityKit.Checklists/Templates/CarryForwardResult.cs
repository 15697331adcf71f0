using System.Collections.Immutable;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Checklists.Templates;

/// <summary>The outcome of carrying last year's checklist forward to a new template: the new checklist and what changed.</summary>
/// <param name="Checklist">The new year's checklist: kept items with their duty codes mapped and milestones moved one year on.</param>
/// <param name="DroppedItems">Items of last year whose every duty was withdrawn.</param>
/// <param name="Flags">Why items were dropped (<c>CL040</c>, error), kept with a changed duty (<c>CL041</c>, warning), or duties are new (<c>CL042</c>, warning); paths point into the old checklist (<c>$.items[3]</c>) or the new one's items.</param>
public sealed record CarryForwardResult(ResponsibilityChecklist Checklist, ImmutableArray<ChecklistItem> DroppedItems, ValidationReport Flags);
