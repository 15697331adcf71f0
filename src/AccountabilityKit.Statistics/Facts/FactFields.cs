namespace AccountabilityKit.Statistics.Facts;

/// <summary>Classifies <see cref="FactField"/> values into dimensions and numeric fields.</summary>
public static class FactFields
{
    /// <summary>Every dimension, in declaration order.</summary>
    public static IReadOnlyList<FactField> Dimensions { get; } =
    [
        FactField.Case, FactField.Region, FactField.Unit, FactField.UnitKind, FactField.Year, FactField.Quarter,
        FactField.SubjectKind, FactField.Form, FactField.Adjustment, FactField.Sanction, FactField.Responsibility,
        FactField.Circumstance, FactField.Typical, FactField.NoticeBatch, FactField.Person,
    ];

    /// <summary>Every numeric field, in declaration order.</summary>
    public static IReadOnlyList<FactField> Numerics { get; } =
        [FactField.Persons, FactField.Organizations, FactField.Cases, FactField.Subjects, FactField.TypicalCases];

    /// <summary>Whether <paramref name="field"/> is a dimension (grouped, filtered, distinct-counted).</summary>
    /// <param name="field">A field.</param>
    public static bool IsDimension(FactField field) => field is >= FactField.Case and <= FactField.Person;

    /// <summary>Whether <paramref name="field"/> is numeric (summed, min, max).</summary>
    /// <param name="field">A field.</param>
    public static bool IsNumeric(FactField field) => field is >= FactField.Persons and <= FactField.TypicalCases;
}
