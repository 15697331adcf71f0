using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Cli.Reports;

/// <summary>
/// The one place the tool reads <see cref="StatTable"/> cells, so a change of the value type (long → decimal) touches
/// only this file.
/// </summary>
internal static class StatValues
{
    /// <summary>The value of measure column <paramref name="index"/> (an index into the row's values), as a decimal.</summary>
    public static decimal? Value(StatRow row, int index) => row.Values[index];

    /// <summary>A measure value as invariant text, empty when absent.</summary>
    public static string Text(StatRow row, int index) => Value(row, index) is { } v ? ToolOutput.Number(v) : string.Empty;

    /// <summary>A dimension key for people: the label of an enum member in the run's language, else the canonical text.</summary>
    public static string Display(ToolOutput output, FactField field, string? key)
    {
        if (key is null)
        {
            return output.Say(nameof(Messages.None));
        }

        Enum? value = field switch
        {
            FactField.Form => Parse<AccountabilityForm>(key),
            FactField.SubjectKind => Parse<SubjectKind>(key),
            FactField.UnitKind => Parse<UnitKind>(key),
            FactField.Adjustment => Parse<OrganizationalAdjustmentKind>(key),
            FactField.Sanction => Parse<DisciplinarySanction>(key),
            FactField.Responsibility => Parse<LeadershipResponsibility>(key),
            FactField.Circumstance => Parse<Circumstance>(key),
            _ => null,
        };
        return value is null ? key : output.Text.Label(value);
    }

    /// <summary>A stat table as a data set: canonical keys for JSON/CSV, labels for tables.</summary>
    public static DataSet ToDataSet(ToolOutput output, StatTable table)
    {
        var dimensions = table.Request.Dimensions;
        var columns = table.Columns.Select(c => new DataColumn(c.Key, c.ChineseLabel, c.EnglishLabel, c.Kind == StatColumnKind.Measure)).ToArray();
        var data = new DataSet(columns);
        var forPeople = output.Format == OutputFormat.Table;
        foreach (var row in table.Rows)
        {
            var cells = new string?[columns.Length];
            for (var i = 0; i < dimensions.Length; i++)
            {
                cells[i] = row.IsGrandTotal
                    ? (i == 0 ? output.Say(nameof(Messages.Total)) : null)
                    : forPeople ? Display(output, dimensions[i], row.Keys[i]) : row.Keys[i];
            }

            for (var m = 0; m < columns.Length - dimensions.Length; m++)
            {
                cells[dimensions.Length + m] = Text(row, m);
            }

            data.Add(cells);
        }

        return data;
    }

    private static TEnum? Parse<TEnum>(string key)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(key, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
}
