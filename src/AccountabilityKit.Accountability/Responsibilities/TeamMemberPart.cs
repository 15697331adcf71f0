using AccountabilityKit.People;

namespace AccountabilityKit.Accountability.Responsibilities;

/// <summary>A leadership-team member and the part he or she had in the matter at fault.</summary>
/// <param name="Person">The member.</param>
/// <param name="Role">The member's role in the team.</param>
/// <param name="Part">The part in the matter.</param>
public sealed record TeamMemberPart(PersonId Person, CadreRole Role, MemberPart Part);
