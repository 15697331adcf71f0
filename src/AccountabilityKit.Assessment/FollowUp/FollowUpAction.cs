using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;

namespace AccountabilityKit.Assessment.FollowUp;

/// <summary>A follow-up action the OA system should deliver (the library never sends anything).</summary>
/// <param name="Kind">The action.</param>
/// <param name="Unit">The unit concerned.</param>
/// <param name="Addressee">Who it is for, as a catalogue message (单位主要负责人 / the unit's principal leader, 分管市领导 / the city leader in charge).</param>
/// <param name="Person">The person, when known (the unit's secretary for a reminder talk).</param>
/// <param name="FindingIds">The findings behind it, ordered by id.</param>
/// <param name="Reason">Why, as a catalogue message (<c>Reason.Render(culture)</c>).</param>
public sealed record FollowUpAction(FollowUpActionKind Kind, OrgUnitId Unit, Message Addressee, PersonId? Person, IReadOnlyList<string> FindingIds, Message Reason);
