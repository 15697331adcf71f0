using AccountabilityKit.Citations;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>A category of findings (e.g. political discipline, work style) with its deductions and cap.</summary>
/// <param name="Code">The category code findings refer to.</param>
/// <param name="Name">Its display name (zh-CN).</param>
/// <param name="Deductions">Points deducted per finding, by severity.</param>
/// <param name="Cap">The most points the category can deduct in one quarter.</param>
/// <param name="Citation">The regulation the category rests on, if any.</param>
public sealed record ScoringCategory(string Code, string Name, SeverityDeductions Deductions, decimal Cap, Citation? Citation);
