using AccountabilityKit.People;

namespace AccountabilityKit.Assessment.Inspections;

/// <summary>A staff member of an inspection team and the body that seconded him.</summary>
/// <param name="Person">The person.</param>
/// <param name="Body">The body he comes from.</param>
public sealed record InspectionTeamMember(PersonId Person, InspectionBody Body);
