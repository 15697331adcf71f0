namespace AccountabilityKit.Assessment.Rules;

/// <summary>A bonus item (加分): points per claimed occurrence, capped.</summary>
/// <param name="Id">The bonus id claims refer to.</param>
/// <param name="Name">Its display name (zh-CN).</param>
/// <param name="Points">Points per occurrence.</param>
/// <param name="Cap">The most points this item can add in one quarter.</param>
public sealed record BonusRule(string Id, string Name, decimal Points, decimal Cap);
