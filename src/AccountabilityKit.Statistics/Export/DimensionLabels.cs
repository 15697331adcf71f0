using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Statistics.Export;

/// <summary>The export cell of a dimension value's canonical text (see <see cref="FactValues"/>), with the display labels its <see cref="FactFieldDescriptor"/> gives it.</summary>
internal static class DimensionLabels
{
    public static ExportCell Cell(FactField field, string? text)
    {
        if (text is null)
        {
            return ExportCell.OfText(null, Texts.Chinese(nameof(Messages.NoValue)), Texts.English(nameof(Messages.NoValue)));
        }

        var labels = FactFieldDescriptor.Of(field).LabelsOf(text);
        return ExportCell.OfText(text, labels?.Chinese, labels?.English);
    }
}
