namespace AccountabilityKit.Checklists.Templates;

/// <summary>Which duty of last year's template a duty continues (year-over-year lineage).</summary>
/// <param name="Kind">Same, changed or new.</param>
/// <param name="PreviousCode">The code of last year's duty it continues; null exactly when <paramref name="Kind"/> is <see cref="LineageKind.New"/>.</param>
public sealed record DutyLineage(LineageKind Kind, string? PreviousCode);
