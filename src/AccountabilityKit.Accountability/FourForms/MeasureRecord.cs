using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Accountability.FourForms;

/// <summary>One measure taken against one person on one day: one person-time (人次).</summary>
/// <param name="Person">The person.</param>
/// <param name="Measure">The measure.</param>
/// <param name="On">The day.</param>
public sealed record MeasureRecord(PersonId Person, DisciplineMeasure Measure, LocalDate On);
