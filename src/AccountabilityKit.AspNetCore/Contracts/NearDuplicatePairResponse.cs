using System.Collections.Immutable;
using System.Globalization;
using AccountabilityKit.Checklists.Similarity;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>Two lists that copy each other (雷同), or a list that copies its template's duties, with the evidence.</summary>
/// <param name="FirstId">The first checklist's id.</param>
/// <param name="FirstUnit">The first checklist's unit.</param>
/// <param name="SecondId">The second checklist's id, or the template's id.</param>
/// <param name="SecondUnit">The second checklist's unit (the first's when the second is the template).</param>
/// <param name="SecondIsTemplate">True when the second is the template's duties the first covers.</param>
/// <param name="Kind">Horizontal (左右一个样), vertical (上下一般粗) or cross-unit, as code and label.</param>
/// <param name="Score">The list score in [0, 1] (4 places), a JSON number.</param>
/// <param name="Explanation">Why the pair is suspicious, in the request's language (a reason to return the list).</param>
/// <param name="Matches">The items of the first list whose best match reaches the item threshold.</param>
public sealed record NearDuplicatePairResponse(
    string FirstId,
    string FirstUnit,
    string SecondId,
    string SecondUnit,
    bool SecondIsTemplate,
    CodeLabel Kind,
    decimal Score,
    string Explanation,
    ImmutableArray<ItemMatchResponse> Matches)
{
    /// <summary>The contract of <paramref name="pair"/> in <paramref name="culture"/>.</summary>
    /// <param name="pair">The kit's pair.</param>
    /// <param name="culture">The response's language.</param>
    /// <returns>The contract.</returns>
    public static NearDuplicatePairResponse From(NearDuplicatePair pair, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(culture);
        return new NearDuplicatePairResponse(
            pair.FirstId,
            pair.FirstUnit.Value,
            pair.SecondId,
            pair.SecondUnit.Value,
            pair.SecondIsTemplate,
            CodeLabel.Of(pair.Kind, culture),
            pair.Score,
            pair.Explanation.Render(culture),
            [.. pair.Matches.Select(m => new ItemMatchResponse(m.FirstItemId, m.SecondItemId, m.Similarity))]);
    }
}
