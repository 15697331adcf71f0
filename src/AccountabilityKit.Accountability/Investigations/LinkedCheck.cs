using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;

namespace AccountabilityKit.Accountability.Investigations;

/// <summary>A check to open from a violation case: whose responsibility, in which unit, on what basis.</summary>
/// <param name="ViolationCaseId">The violation case it comes from.</param>
/// <param name="Kind">Principal, supervisory or leadership responsibility.</param>
/// <param name="Unit">The unit whose responsibility is checked.</param>
/// <param name="Person">The person answerable, if one was found.</param>
/// <param name="Role">That person's role.</param>
/// <param name="Citation">The article.</param>
/// <param name="Reason">Why this check is opened, as a catalogue message.</param>
public sealed record LinkedCheck(string ViolationCaseId, LinkedCheckKind Kind, OrgUnitId Unit, PersonId? Person, CadreRole? Role, Citation Citation, Message Reason);
