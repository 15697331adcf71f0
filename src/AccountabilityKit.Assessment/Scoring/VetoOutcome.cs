using AccountabilityKit.Citations;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment.Scoring;

/// <summary>A veto (一票否决) that applied to a card: the rule and the finding or event that triggered it.</summary>
/// <param name="VetoId">The rule set's veto id.</param>
/// <param name="FindingId">The finding that triggered it, if a finding did.</param>
/// <param name="EventCode">The event that triggered it, if an event did.</param>
/// <param name="Reason">Why, as a catalogue message (<c>Reason.Render(culture)</c>).</param>
/// <param name="Citation">The regulation the veto rests on, if any.</param>
public sealed record VetoOutcome(string VetoId, string? FindingId, string? EventCode, Message Reason, Citation? Citation);
