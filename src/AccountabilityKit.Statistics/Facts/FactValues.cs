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
        return FactFields.IsDimension(field)
            ? FactFieldDescriptor.Of(field).TextOf(fact)
            : throw new ArgumentOutOfRangeException(nameof(field), field, "Not a dimension.");
    }

    /// <summary>The value of <paramref name="field"/> (a numeric field) on <paramref name="fact"/>.</summary>
    /// <param name="fact">A fact.</param>
    /// <param name="field">A numeric field.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="field"/> is not numeric.</exception>
    public static int Number(AccountabilityFact fact, FactField field)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return FactFields.IsNumeric(field)
            ? FactFieldDescriptor.Of(field).NumberOf(fact)
            : throw new ArgumentOutOfRangeException(nameof(field), field, "Not a numeric field.");
    }
}
