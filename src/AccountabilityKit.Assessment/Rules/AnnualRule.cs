namespace AccountabilityKit.Assessment.Rules;

/// <summary>How the annual result combines the quarterly routine scores (平时成绩) and the year-end assessment.</summary>
/// <param name="QuarterWeights">The weights of Q1..Q4 in the routine score; they sum to 1.</param>
/// <param name="RoutineWeight">The routine score's weight in the annual result.</param>
/// <param name="YearEndWeight">The year-end assessment's weight; with <paramref name="RoutineWeight"/> it sums to 1.</param>
/// <param name="MissingQuarters">What a missing quarter counts as.</param>
public sealed record AnnualRule(IReadOnlyList<decimal> QuarterWeights, decimal RoutineWeight, decimal YearEndWeight, MissingQuarterPolicy MissingQuarters);
