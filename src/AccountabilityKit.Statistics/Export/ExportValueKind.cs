using AccountabilityKit.Localization;

namespace AccountabilityKit.Statistics.Export;

/// <summary>The type of the values of an <see cref="ExportColumn"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<ExportValueKind>))]
public enum ExportValueKind
{
    /// <summary>Text (codes, names, rendered messages); a text cell may carry zh-CN and English display labels (an enum cell: its canonical code with its labels).</summary>
    [Label("文本", "Text")]
    Text = 0,

    /// <summary>A whole number (counts).</summary>
    [Label("整数", "Integer")]
    WholeNumber = 1,

    /// <summary>A decimal number (percentages, changes).</summary>
    [Label("小数", "Decimal")]
    DecimalNumber = 2,

    /// <summary>A calendar date (a <see cref="NodaTime.LocalDate"/>); JSON and CSV write it as ISO <c>yyyy-MM-dd</c>, a spreadsheet as a date.</summary>
    [Label("日期", "Date")]
    Date = 3,
}
