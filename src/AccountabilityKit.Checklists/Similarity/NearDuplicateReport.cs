using System.Collections.Immutable;
using AccountabilityKit.Organization;

namespace AccountabilityKit.Checklists.Similarity;

/// <summary>The result of near-duplicate detection.</summary>
/// <param name="Pairs">Every suspicious pair, highest score first.</param>
/// <param name="UnitsToReturn">The units whose lists should be returned for revision (退回修订), in ordinal order.</param>
/// <param name="ListCount">How many lists were examined.</param>
/// <param name="ComparedPairs">How many list pairs were scored exactly (within units, candidates across units, and against the template).</param>
/// <param name="Options">The settings used.</param>
public sealed record NearDuplicateReport(
    ImmutableArray<NearDuplicatePair> Pairs, ImmutableArray<OrgUnitId> UnitsToReturn, int ListCount, long ComparedPairs, SimilarityOptions Options);
