using System.Globalization;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;

namespace AccountabilityKit.Statistics.Export;

/// <summary>The zh-CN and English display labels of a dimension value's canonical text (see <see cref="FactValues"/>), where it has them.</summary>
internal static class DimensionLabels
{
    public static ExportCell Cell(FactField field, string? text)
    {
        if (text is null)
        {
            return ExportCell.OfText(null, Texts.Chinese(nameof(Messages.NoValue)), Texts.English(nameof(Messages.NoValue)));
        }

        var labels = field switch
        {
            FactField.UnitKind => Of<UnitKind>(text),
            FactField.SubjectKind => Of<SubjectKind>(text),
            FactField.Form => Of<AccountabilityForm>(text),
            FactField.Adjustment => Of<OrganizationalAdjustmentKind>(text),
            FactField.Sanction => Of<DisciplinarySanction>(text),
            FactField.Responsibility => Of<LeadershipResponsibility>(text),
            FactField.Circumstance => Of<Circumstance>(text),
            FactField.Typical => text switch { "true" => Both(Catalog.Of(nameof(Messages.Yes))), "false" => Both(Catalog.Of(nameof(Messages.No))), _ => null },
            FactField.Quarter => AssessmentQuarter.TryParse(text, out var q) ? (q.ToChineseString(), q.ToString()) : null,
            FactField.Year => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? (Catalog.Of(nameof(Messages.PeriodYear), ("year", y)).Chinese(), text) : null,
            _ => ((string, string)?)null,
        };
        return ExportCell.OfText(text, labels?.Item1, labels?.Item2);
    }

    private static (string, string)? Both(Message message) => (message.Chinese(), message.English());

    private static (string, string)? Of<T>(string text)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) ? (Labels.ZhCn(value), Labels.En(value)) : null;
}
