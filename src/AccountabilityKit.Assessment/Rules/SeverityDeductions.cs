using AccountabilityKit.Assessment.Findings;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>The points deducted per finding of each severity.</summary>
/// <param name="Minor">Points per minor finding.</param>
/// <param name="General">Points per general finding.</param>
/// <param name="Serious">Points per serious finding.</param>
public sealed record SeverityDeductions(decimal Minor, decimal General, decimal Serious)
{
    /// <summary>The points for <paramref name="severity"/>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The points (positive: they are subtracted).</returns>
    public decimal For(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Minor => Minor,
        FindingSeverity.General => General,
        FindingSeverity.Serious => Serious,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };
}
