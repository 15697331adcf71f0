using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Accountability.FourForms;

/// <summary>
/// One measure taken against one person on one day, in one handling (the person in one case). Several measures of one
/// handling count as one person-time (人次), in the heaviest form among them; see <see cref="FourFormsClassifier.Tally"/>.
/// </summary>
/// <param name="Person">The person.</param>
/// <param name="Measure">The measure.</param>
/// <param name="On">The day.</param>
public sealed record MeasureRecord(PersonId Person, DisciplineMeasure Measure, LocalDate On)
{
    /// <summary>
    /// The case the measure was taken in: records of the same person with the same case id are one handling. Null when
    /// not known — the record is then a handling of its own (one person-time), as a single measure is.
    /// </summary>
    public string? CaseId { get; init; }
}
