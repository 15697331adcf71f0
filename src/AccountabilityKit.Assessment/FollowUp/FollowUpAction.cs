using AccountabilityKit.Organization;
using AccountabilityKit.People;

namespace AccountabilityKit.Assessment.FollowUp;

/// <summary>A follow-up action the OA system should deliver (the library never sends anything).</summary>
/// <param name="Kind">The action.</param>
/// <param name="Unit">The unit concerned.</param>
/// <param name="Addressee">Who it is for, in zh-CN (e.g. 单位主要负责人, 分管市领导).</param>
/// <param name="Person">The person, when known (the unit's secretary for a reminder talk).</param>
/// <param name="FindingIds">The findings behind it, ordered by id.</param>
/// <param name="Reason">Why, in zh-CN.</param>
public sealed record FollowUpAction(FollowUpActionKind Kind, OrgUnitId Unit, string Addressee, PersonId? Person, IReadOnlyList<string> FindingIds, string Reason);
