using System.Collections.Immutable;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Decisions;

/// <summary>One step of a form recommendation: what was applied, where it comes from, and the range after it.</summary>
/// <param name="Description">What the step did, as a catalogue message (render it with <see cref="Message.Render"/>).</param>
/// <param name="Citation">The article.</param>
/// <param name="Status">The article's verification status.</param>
/// <param name="RuleId">The pack entry applied, if any.</param>
/// <param name="RangeAfter">The forms still in range after the step, lightest first.</param>
public sealed record DecisionStep(Message Description, Citation Citation, VerificationStatus Status, string? RuleId, ImmutableArray<AccountabilityForm> RangeAfter);
