using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Statistics.Export;

/// <summary>The export cell of a dimension value's canonical text (see <see cref="FactValues"/>): its code (an enum member's camelCase JSON spelling, like every enum the kit writes) with the display labels its <see cref="FactFieldDescriptor"/> gives it.</summary>
internal static class DimensionLabels
{
    public static ExportCell Cell(FactField field, string? text)
    {
        if (text is null)
        {
            return ExportCell.OfText(null, Texts.Chinese(nameof(Messages.NoValue)), Texts.English(nameof(Messages.NoValue)));
        }

        var descriptor = FactFieldDescriptor.Of(field);
        var labels = descriptor.LabelsOf(text);
        return ExportCell.OfText(descriptor.CodeOf(text), labels?.Chinese, labels?.English);
    }
}
