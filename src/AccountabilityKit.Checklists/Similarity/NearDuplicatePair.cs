using System.Collections.Immutable;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;

namespace AccountabilityKit.Checklists.Similarity;

/// <summary>Two lists that copy each other, with the score and the matching items as evidence.</summary>
/// <param name="FirstId">The first checklist's id (ordinal order: <paramref name="FirstId"/> &lt; <paramref name="SecondId"/> unless the second is the template).</param>
/// <param name="FirstUnit">The first checklist's unit.</param>
/// <param name="SecondId">The second checklist's id, or the template id.</param>
/// <param name="SecondUnit">The second checklist's unit (the first's when the second is the template).</param>
/// <param name="SecondIsTemplate">True when the second list is the template's duties the first covers.</param>
/// <param name="Kind">Horizontal, vertical or cross-unit.</param>
/// <param name="Score">The list score in [0, 1], rounded to 4 places (to even): the mean over the items of both lists of each item's best match.</param>
/// <param name="Matches">The items of the first list whose best match reaches the item threshold.</param>
public sealed record NearDuplicatePair(
    string FirstId, OrgUnitId FirstUnit, string SecondId, OrgUnitId SecondUnit, bool SecondIsTemplate,
    NearDuplicateKind Kind, decimal Score, ImmutableArray<ItemMatch> Matches)
{
    /// <summary>
    /// Why the pair is suspicious, as a catalogue message a reviewer can show or give as the reason to return the list
    /// (退回修订): the two lists, the kind, the score and the number of matching items
    /// (<c>Checklists.NearDuplicateOfList</c> or <c>Checklists.NearDuplicateOfTemplate</c>).
    /// </summary>
    public Message Explanation => Catalog.Of(
        SecondIsTemplate ? nameof(Messages.NearDuplicateOfTemplate) : nameof(Messages.NearDuplicateOfList),
        ("first", FirstId),
        ("second", SecondId),
        MessageArgument.Of("kind", Kind),
        ("score", Score),
        ("matches", Matches.Length));
}
