using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Export;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>
/// The one place reports and exports read measure values from a <see cref="StatRow"/> (<c>decimal?</c>: whole numbers
/// for counts and sums, <see cref="StatMeasure.DerivedScale"/> decimals for shares and ratios).
/// </summary>
internal static class StatValues
{
    /// <summary>The count at <paramref name="measure"/> as an <see cref="int"/> (absent: 0; a fraction or overflow throws).</summary>
    public static int Count(StatRow? row, int measure)
    {
        if (row?.Values[measure] is not { } value)
        {
            return 0;
        }

        return decimal.IsInteger(value)
            ? checked((int)value)
            : throw new InvalidOperationException($"Measure {measure} holds {value}, not a whole number.");
    }

    /// <summary>The export cell of the measure at <paramref name="measure"/> of <paramref name="column"/> (a min/max over no rows is missing).</summary>
    public static ExportCell Cell(StatRow row, StatColumn column, int measure) =>
        MeasureKind(column) == ExportValueKind.WholeNumber
            ? ExportCell.OfWholeNumber(row.Values[measure] is { } v ? checked((long)v) : null)
            : ExportCell.OfDecimalNumber(row.Values[measure]);

    /// <summary>The export value type of a measure column.</summary>
    public static ExportValueKind MeasureKind(StatColumn column) =>
        column.ValueKind is StatValueKind.Share or StatValueKind.Ratio ? ExportValueKind.DecimalNumber : ExportValueKind.WholeNumber;
}
