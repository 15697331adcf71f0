using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Templates;

namespace AccountabilityKit.EntityFrameworkCore.Checklists;

// The JSON shapes of the parts of checklist aggregates stored in one column (read with their aggregate, never queried
// on their own). Plain positional records so the source generator can write and read them; mapped to and from the
// domain records by ChecklistsStorageJson.

/// <summary>An aspect of a template, stored.</summary>
internal sealed record AspectData(string Code, string Title, int Order, IReadOnlyList<DutyData> Duties);

/// <summary>A duty of a template, stored.</summary>
internal sealed record DutyData(
    string Code,
    string Text,
    bool IsMandatory,
    IReadOnlyList<DutyRole> Roles,
    IReadOnlyList<string> Tags,
    DutyFrequency? Frequency,
    string? SuggestedMilestone,
    DutyLineageData? Lineage);

/// <summary>A duty's lineage, stored.</summary>
internal sealed record DutyLineageData(LineageKind Kind, string? PreviousCode);

/// <summary>A checklist item, stored.</summary>
internal sealed record ChecklistItemData(
    string Id,
    IReadOnlyList<string> DutyCodes,
    string Content,
    string Measures,
    IReadOnlyList<MilestoneData> Milestones,
    string CompletionStandard);

/// <summary>A milestone, stored; dates in ISO-8601.</summary>
internal sealed record MilestoneData(string Due, string Deliverable, string? CompletedOn);

/// <summary>A review transition inside the review row's history snapshot; the instant in extended ISO-8601 (nanoseconds kept).</summary>
internal sealed record ReviewTransitionData(
    ReviewState From,
    ReviewAction Action,
    ReviewState To,
    string By,
    string At,
    IReadOnlyList<string> IssueCodes,
    string? Reason);
