using AccountabilityKit.Organization;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>A group of units scored and ranked separately (e.g. county-level committees vs city departments).</summary>
/// <param name="Id">The group's id.</param>
/// <param name="Name">Its display name (zh-CN).</param>
/// <param name="UnitKinds">The unit kinds that belong to it; a kind belongs to at most one group.</param>
public sealed record UnitGroup(string Id, string Name, IReadOnlyList<UnitKind> UnitKinds);
