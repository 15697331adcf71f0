using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;

namespace AccountabilityKit.Statistics.Facts;

/// <summary>
/// One flat row of four-forms statistics (“四种形态”): one discipline measure applied to one person, classified into
/// its form by a regulation pack. Each row is one person-time; distinct <see cref="Person"/> values are persons.
/// </summary>
/// <param name="Person">The person.</param>
/// <param name="Unit">The person's unit.</param>
/// <param name="Quarter">The quarter the measure was applied in.</param>
/// <param name="Measure">The measure.</param>
/// <param name="Form">The form the pack classifies the measure into.</param>
/// <param name="Citation">The provision of the classification.</param>
public sealed record DisciplineMeasureFact(PersonId Person, OrgUnitId Unit, AssessmentQuarter Quarter, DisciplineMeasure Measure, DisciplineForm Form, Citation Citation)
{
    /// <summary>The person-times of the row: 1 for a projected measure (one measure applied to one person).</summary>
    public int PersonTimes { get; init; } = 1;

    /// <summary>Projects a measure record (pure): the quarter of its date, and the form and citation the pack gives its measure.</summary>
    /// <param name="pack">The regulation pack that classifies measures.</param>
    /// <param name="record">The measure record.</param>
    /// <param name="unit">The person's unit.</param>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">The pack does not classify the measure.</exception>
    public static DisciplineMeasureFact From(RegulationPack pack, MeasureRecord record, OrgUnitId unit)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(record);
        var rule = FourFormsClassifier.Classify(pack, record.Measure);
        return new DisciplineMeasureFact(record.Person, unit, AssessmentQuarter.FromDate(record.On), record.Measure, rule.Form, rule.Citation);
    }
}
