namespace AccountabilityKit.Assessment.Rules;

/// <summary>A grade band: scores from <paramref name="MinScore"/> (inclusive) below <paramref name="MaxScore"/> (exclusive; none for the top band) get <paramref name="Grade"/>.</summary>
/// <param name="Grade">The grade's rank.</param>
/// <param name="Name">The grade's display name, data (e.g. 好, 优秀).</param>
/// <param name="MinScore">The lowest score of the band (inclusive).</param>
/// <param name="MaxScore">The score the band stops below (exclusive); null for the top band.</param>
/// <param name="Quota">The largest share (0..1] of a unit group that may hold this grade, if limited; applied after ranking.</param>
public sealed record GradeBand(Grade Grade, string Name, decimal MinScore, decimal? MaxScore, decimal? Quota)
{
    /// <summary>True when <paramref name="score"/> falls in the band.</summary>
    /// <param name="score">The score.</param>
    /// <returns>Whether the band holds it.</returns>
    public bool Holds(decimal score) => score >= MinScore && (MaxScore is null || score < MaxScore.Value);
}
