namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>One form of a recommended range with the pack entry it comes from.</summary>
/// <param name="Form">The accountability form.</param>
/// <param name="RuleId">The pack entry's id.</param>
/// <param name="Severity">The form's severity rank in the pack (higher is heavier).</param>
/// <param name="Citation">The article.</param>
/// <param name="Status">How far the article was verified.</param>
public sealed record FormOptionResponse(CodeLabel Form, string RuleId, int Severity, CodeLabel Citation, CodeLabel Status);
