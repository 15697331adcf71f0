using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.People;

namespace AccountabilityKit.Accountability.Responsibilities;

/// <summary>The leadership responsibility derived for one team member, with its reason and article.</summary>
/// <param name="Person">The member.</param>
/// <param name="Role">The member's role.</param>
/// <param name="Part">The member's part in the matter.</param>
/// <param name="Responsibility">The responsibility, or null when the member bears none.</param>
/// <param name="IsExempted">True when the member is exempt for a recorded objection (ARR2019 Art. 17 item 2).</param>
/// <param name="Citation">The article the finding rests on.</param>
/// <param name="Reason">Why, as a catalogue message.</param>
public sealed record MemberResponsibility(PersonId Person, CadreRole Role, MemberPart Part, LeadershipResponsibility? Responsibility, bool IsExempted, Citation Citation, Message Reason);
