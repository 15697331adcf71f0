using AccountabilityKit.Organization;
using AccountabilityKit.People;

namespace AccountabilityKit.Accountability.Investigations;

/// <summary>A violation case in a unit, from which one case, two investigations (一案双查) opens linked checks.</summary>
/// <param name="Id">The violation case id.</param>
/// <param name="Unit">The unit where the violation happened.</param>
/// <param name="Violator">The person who violated discipline (direct responsibility).</param>
/// <param name="MemberInCharge">The team member directly in charge of the field, if known.</param>
public sealed record ViolationCase(string Id, OrgUnitId Unit, PersonId Violator, PersonId? MemberInCharge = null);
