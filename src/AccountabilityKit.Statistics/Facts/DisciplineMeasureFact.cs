using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;

namespace AccountabilityKit.Statistics.Facts;

/// <summary>
/// One flat row of four-forms statistics (“四种形态”): one discipline measure applied to one person, classified into
/// its form by a regulation pack. Rows count measures (the per-measure tally); <see cref="PersonTimes"/> counts
/// person-times (人次): one handling — one person in one case — counts once, in the heaviest form of its measures, so
/// <see cref="FromHandling"/> puts 1 on the first row of that form and 0 on the handling's other rows. Distinct
/// <see cref="Person"/> values are persons.
/// </summary>
/// <param name="Person">The person.</param>
/// <param name="Unit">The person's unit.</param>
/// <param name="Quarter">The quarter the measure was applied in.</param>
/// <param name="Measure">The measure.</param>
/// <param name="Form">The form the pack classifies the measure into.</param>
/// <param name="Citation">The provision of the classification.</param>
public sealed record DisciplineMeasureFact(PersonId Person, OrgUnitId Unit, AssessmentQuarter Quarter, DisciplineMeasure Measure, DisciplineForm Form, Citation Citation)
{
    /// <summary>The person-times of the row: 1 on the row that carries its handling's count (the first measure of the heaviest form), else 0.</summary>
    public int PersonTimes { get; init; } = 1;

    /// <summary>Projects a measure record that is a handling of its own (pure): the quarter of its date, the form the pack gives its measure and its citation in the text in force on the record's day (DPR2018 before 2024-01-01), 1 person-time. For a person handled with several measures in one case use <see cref="FromHandling"/>.</summary>
    /// <param name="pack">The regulation pack that classifies measures.</param>
    /// <param name="record">The measure record.</param>
    /// <param name="unit">The person's unit.</param>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">The pack does not classify the measure.</exception>
    public static DisciplineMeasureFact From(RegulationPack pack, MeasureRecord record, OrgUnitId unit)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(record);
        var rule = FourFormsClassifier.Classify(pack, record.Measure, record.On);
        return new DisciplineMeasureFact(record.Person, unit, AssessmentQuarter.FromDate(record.On), record.Measure, rule.Form, rule.Citation);
    }

    /// <summary>
    /// Projects the measures of one handling — one person in one case — (pure, in input order): one row per measure, the
    /// handling's single person-time on the first measure of its heaviest form (as the four-forms statistical indicator
    /// system counts person-times), 0 on the others.
    /// </summary>
    /// <param name="pack">The regulation pack that classifies measures.</param>
    /// <param name="handling">The measure records of the handling: the same person and the same <see cref="MeasureRecord.CaseId"/>.</param>
    /// <param name="unit">The person's unit.</param>
    /// <returns>The rows; empty for no records.</returns>
    /// <exception cref="ArgumentException">The records name more than one person or case.</exception>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">The pack does not classify a measure.</exception>
    public static System.Collections.Immutable.ImmutableArray<DisciplineMeasureFact> FromHandling(RegulationPack pack, IEnumerable<MeasureRecord> handling, OrgUnitId unit)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(handling);
        var records = handling.ToList();
        if (records.Any(static r => r is null))
        {
            throw new ArgumentException("A measure record is null.", nameof(handling));
        }

        if (records.Select(static r => (r.Person, r.CaseId)).Distinct().Count() > 1)
        {
            throw new ArgumentException("A handling is one person in one case: the records name more than one person or case.", nameof(handling));
        }

        var facts = records.Select(r => From(pack, r, unit) with { PersonTimes = 0 }).ToList();
        if (facts.Count > 0)
        {
            var heaviest = facts.Max(static f => f.Form);
            var carrier = facts.FindIndex(f => f.Form == heaviest);
            facts[carrier] = facts[carrier] with { PersonTimes = 1 };
        }

        return [.. facts];
    }
}
