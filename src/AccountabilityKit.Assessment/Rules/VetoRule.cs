using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Citations;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>A one-vote veto (一票否决): a finding of a listed category at or above a severity, or a listed event, forces the lowest grade whatever the score.</summary>
/// <param name="Id">The veto's id.</param>
/// <param name="Name">Its display name (zh-CN).</param>
/// <param name="CategoryCodes">Categories whose findings trigger it (at or above <paramref name="MinSeverity"/>).</param>
/// <param name="MinSeverity">The least severity that triggers it.</param>
/// <param name="Events">Event codes (reported with the scoring input) that trigger it.</param>
/// <param name="Citation">The regulation the veto rests on, if any.</param>
public sealed record VetoRule(string Id, string Name, IReadOnlyList<string> CategoryCodes, FindingSeverity MinSeverity, IReadOnlyList<string> Events, Citation? Citation);
