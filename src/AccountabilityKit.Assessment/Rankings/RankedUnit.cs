using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;

namespace AccountabilityKit.Assessment.Rankings;

/// <summary>A unit's place in its group's ranking, with its grade after quotas.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Total">Its total.</param>
/// <param name="Rank">Its standard competition rank (1, 2, 2, 4): 1 + the number of units with a higher total.</param>
/// <param name="Grade">Its grade after quotas.</param>
/// <param name="GradeName">The grade's display name.</param>
/// <param name="DemotedByQuota">True when a quota moved it below the grade its score earned.</param>
/// <param name="Reason">Why it holds this grade, as a catalogue message (<c>Reason.Render(culture)</c>).</param>
public sealed record RankedUnit(OrgUnitId Unit, decimal Total, int Rank, Grade Grade, string GradeName, bool DemotedByQuota, Message Reason);
