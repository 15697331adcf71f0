using System.Collections.Immutable;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>One step of a recommendation: what was applied, its article, and the range after it.</summary>
/// <param name="Description">What the step did, in the request's language.</param>
/// <param name="Citation">The article.</param>
/// <param name="Status">How far the article was verified.</param>
/// <param name="RuleId">The pack entry applied, or <see langword="null"/>.</param>
/// <param name="RangeAfter">The forms still in range after the step, lightest first.</param>
public sealed record DecisionStepResponse(string Description, CodeLabel Citation, CodeLabel Status, string? RuleId, ImmutableArray<CodeLabel> RangeAfter);
