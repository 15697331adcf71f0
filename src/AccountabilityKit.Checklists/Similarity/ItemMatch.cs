namespace AccountabilityKit.Checklists.Similarity;

/// <summary>Evidence: an item of the first list and its best match in the second.</summary>
/// <param name="FirstItemId">The item of the first list.</param>
/// <param name="SecondItemId">The matching item of the second list (a duty code when the second is the template).</param>
/// <param name="Similarity">Their Jaccard similarity of normalised character n-grams, rounded to 4 places (to even).</param>
public sealed record ItemMatch(string FirstItemId, string SecondItemId, decimal Similarity);
