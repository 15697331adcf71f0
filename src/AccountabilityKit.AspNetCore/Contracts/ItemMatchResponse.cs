namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>Evidence of a near-duplicate pair: an item of the first list and its best match in the second.</summary>
/// <param name="FirstItemId">The item of the first list.</param>
/// <param name="SecondItemId">The matching item of the second list (a duty code when the second is the template).</param>
/// <param name="Similarity">Their similarity in [0, 1] (Jaccard of normalised character n-grams, 4 places), a JSON number.</param>
public sealed record ItemMatchResponse(string FirstItemId, string SecondItemId, decimal Similarity);
