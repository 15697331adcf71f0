using System.Collections.Immutable;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>The verdict on one posted checklist: its issues against its template and the near-duplicate pairs held against it.</summary>
/// <param name="Id">The checklist's id.</param>
/// <param name="TemplateId">The id of the template it was checked against.</param>
/// <param name="Owner">Its owner.</param>
/// <param name="Valid">True when the check against the template found no error (warnings may remain).</param>
/// <param name="ReturnedForRevision">True when it is to be returned (退回修订): it has an error, or it copies another list or its template.</param>
/// <param name="Issues">Every issue of the check against the template (mandated duties, first-form measures …), at its path in the request (<c>$.checklists[2].items[0].measures</c>).</param>
/// <param name="NearDuplicates">The near-duplicate pairs held against it: those it is the first list of, and those it is the second (non-template) list of.</param>
public sealed record ChecklistVerdictResponse(
    string Id,
    string TemplateId,
    ChecklistOwnerResponse Owner,
    bool Valid,
    bool ReturnedForRevision,
    ImmutableArray<IssueResponse> Issues,
    ImmutableArray<NearDuplicatePairResponse> NearDuplicates);
