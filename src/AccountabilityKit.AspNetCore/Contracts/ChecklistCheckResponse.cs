using System.Collections.Immutable;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>The answer of <c>POST /checklists/check</c>: a verdict per posted checklist and the near-duplicate pairs of the batch.</summary>
/// <param name="Checklists">The number of checklists checked.</param>
/// <param name="Returned">How many are to be returned for revision.</param>
/// <param name="ComparedPairs">How many list pairs the near-duplicate detection scored exactly (within units, candidates across units, and against templates).</param>
/// <param name="Verdicts">One verdict per checklist, in the posted order.</param>
/// <param name="NearDuplicates">Every near-duplicate pair of the batch, highest score first.</param>
/// <param name="UnitsToReturn">The units whose lists the near-duplicate detection would return, in ordinal order.</param>
public sealed record ChecklistCheckResponse(
    int Checklists,
    int Returned,
    long ComparedPairs,
    ImmutableArray<ChecklistVerdictResponse> Verdicts,
    ImmutableArray<NearDuplicatePairResponse> NearDuplicates,
    ImmutableArray<string> UnitsToReturn);
