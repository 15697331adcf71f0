using AccountabilityKit.Citations;

namespace AccountabilityKit.Accountability.FourForms;

/// <summary>The person-times counted under one of the four forms and their share of the total.</summary>
/// <param name="DisciplineForm">The form of supervision and discipline (四种形态), not an accountability form.</param>
/// <param name="PersonTimes">Person-times (人次): handlings (one person in one case) whose heaviest measure is of this form — each handling counts once, however many measures it had; not distinct people.</param>
/// <param name="SharePercent">The share of all person-times in percent, rounded to one decimal with <see cref="MidpointRounding.AwayFromZero"/> (0 when nothing was counted).</param>
/// <param name="Citation">The article defining the form.</param>
public sealed record DisciplineFormCount(DisciplineForm DisciplineForm, int PersonTimes, decimal SharePercent, Citation Citation)
{
    /// <summary>The per-measure tally: measure records classified under this form (every measure counted, so a handling with two measures counts twice).</summary>
    public int Measures { get; init; }
}
