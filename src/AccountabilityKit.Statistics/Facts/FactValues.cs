using System.Globalization;

namespace AccountabilityKit.Statistics.Facts;

/// <summary>
/// The canonical text of a fact's dimension value and the value of a numeric field: what every execution path
/// groups, filters and distinct-counts by. Enums are their member names, quarters "2021Q2", years "2021",
/// the typical flag "true"/"false"; an absent value is <see langword="null"/>.
/// </summary>
public static class FactValues
{
    /// <summary>The canonical text of <paramref name="field"/> (a dimension) on <paramref name="fact"/>.</summary>
    /// <param name="fact">A fact.</param>
    /// <param name="field">A dimension.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="field"/> is not a dimension.</exception>
    public static string? Text(AccountabilityFact fact, FactField field)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return field switch
        {
            FactField.Case => fact.CaseId,
            FactField.Region => fact.Region.Value,
            FactField.Unit => fact.Unit.Value,
            FactField.UnitKind => fact.UnitKind.ToString(),
            FactField.Year => fact.Year.ToString(CultureInfo.InvariantCulture),
            FactField.Quarter => fact.Quarter.ToString(),
            FactField.SubjectKind => fact.SubjectKind.ToString(),
            FactField.Form => fact.Form.ToString(),
            FactField.Adjustment => fact.Adjustment?.ToString(),
            FactField.Sanction => fact.Sanction?.ToString(),
            FactField.Responsibility => fact.Responsibility?.ToString(),
            FactField.Circumstance => fact.Circumstance?.ToString(),
            FactField.Typical => fact.IsTypical ? "true" : "false",
            FactField.NoticeBatch => fact.NoticeBatch,
            FactField.Person => fact.Person?.Value,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a dimension."),
        };
    }

    /// <summary>The value of <paramref name="field"/> (a numeric field) on <paramref name="fact"/>.</summary>
    /// <param name="fact">A fact.</param>
    /// <param name="field">A numeric field.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="field"/> is not numeric.</exception>
    public static int Number(AccountabilityFact fact, FactField field)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return field switch
        {
            FactField.Persons => fact.Persons,
            FactField.Organizations => fact.Organizations,
            FactField.Cases => fact.Cases,
            FactField.Subjects => fact.Subjects,
            FactField.TypicalCases => fact.TypicalCases,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a numeric field."),
        };
    }
}
