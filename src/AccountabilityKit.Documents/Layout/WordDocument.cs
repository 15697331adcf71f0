using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace AccountabilityKit.Documents.Layout;

/// <summary>
/// The one builder of the package's Word documents: the GB/T 9704 page of <see cref="OfficialLayout"/>, paragraphs,
/// tables and PNG images appended in order, fixed relationship ids, then a deterministic zip.
/// </summary>
internal sealed class WordDocument : IDisposable
{
    private readonly MemoryStream _buffer = new();
    private readonly WordprocessingDocument _package;
    private readonly MainDocumentPart _main;
    private readonly Body _body;
    private readonly DocumentOptions _options;
    private uint _drawingId;
    private int _imageCount;

    public WordDocument(DocumentOptions options, string title)
    {
        _options = options;
        _package = WordprocessingDocument.Create(_buffer, WordprocessingDocumentType.Document);
        _main = _package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
        _body = new Body();
        _main.Document = new Document(_body);
        _main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = OfficialLayout.Styles(options.Fonts);
        _main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = OfficialLayout.Settings();
        _main.AddNewPart<FontTablePart>("rIdFonts").Fonts = OfficialLayout.FontTable(options.Fonts);
        _main.AddNewPart<FooterPart>("rIdFooterOdd").Footer = OfficialLayout.PageNumberFooter(odd: true, options.Fonts);
        _main.AddNewPart<FooterPart>("rIdFooterEven").Footer = OfficialLayout.PageNumberFooter(odd: false, options.Fonts);

        var core = _package.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCore");
        using (var stream = core.GetStream(FileMode.Create, FileAccess.Write))
        {
            CoreProperties.Write(
                stream,
                Clean(title),
                Catalog.Of(nameof(Messages.DocumentAuthor)).Render(options.Culture),
                MessageCatalogName(options.Culture),
                options.ResolveTimestamp());
        }
    }

    public CultureInfo Culture => _options.Culture;

    public DocumentOptions Options => _options;

    public void Title(string text) => _body.Append(Paragraph(StyleIds.Title, text));

    public void Heading(string text) => _body.Append(Paragraph(StyleIds.Heading1, text));

    public void SubHeading(string text) => _body.Append(Paragraph(StyleIds.Heading2, text));

    public void Text(string text) => _body.Append(Paragraph(StyleIds.Body, text));

    public void Line(string text) => _body.Append(Paragraph(StyleIds.Normal, text));

    public void Blank() => _body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Normal })));

    public void Caption(string text) => _body.Append(Paragraph(StyleIds.Caption, text));

    public void PageBreak() => _body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>A table with a repeated header row; never empty (callers write a sentence instead of a table without rows).</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<int> weights, IEnumerable<IReadOnlyList<string>> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            throw new InvalidOperationException(nameof(Table));
        }

        var total = weights.Sum();
        var widths = weights.Select(w => (int)(OfficialLayout.TextWidth * (long)w / total)).ToArray();
        var border = (Func<OpenXmlElement>)(() => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4U },
            new LeftBorder { Val = BorderValues.Single, Size = 4U },
            new BottomBorder { Val = BorderValues.Single, Size = 4U },
            new RightBorder { Val = BorderValues.Single, Size = 4U },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }));
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = OfficialLayout.TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                border(),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(headers, widths, header: true));
        foreach (var row in list)
        {
            table.Append(Row(row, widths, header: false));
        }

        _body.Append(table);
        _body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.TableText })));
    }

    /// <summary>A PNG, centred, scaled to the text width when wider. Returns false (and writes nothing) for bytes that are not a PNG.</summary>
    public bool Image(byte[] png, string name)
    {
        if (!PngSize.TryRead(png, out var widthPx, out var heightPx))
        {
            return false;
        }

        _imageCount++;
        var id = "rIdImage" + _imageCount.ToString(CultureInfo.InvariantCulture);
        var part = _main.AddImagePart(ImagePartType.Png, id);
        using (var stream = new MemoryStream(png, writable: false))
        {
            part.FeedData(stream);
        }

        const long EmuPerPixel = 9525; // at 96 dpi
        const long EmuPerTwip = 635;
        var maxWidth = OfficialLayout.TextWidth * EmuPerTwip;
        var cx = widthPx * EmuPerPixel;
        var cy = heightPx * EmuPerPixel;
        if (cx > maxWidth)
        {
            cy = cy * maxWidth / cx;
            cx = maxWidth;
        }

        var drawingId = ++_drawingId;
        var drawing = new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = drawingId, Name = Clean(name) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = drawingId, Name = Clean(name) },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
        _body.Append(new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = JustificationValues.Center }),
            new Run(drawing)));
        return true;
    }

    /// <summary>Finishes the document and writes its deterministic bytes to <paramref name="output"/>.</summary>
    public void WriteTo(Stream output)
    {
        _body.Append(OfficialLayout.Section("rIdFooterOdd", "rIdFooterEven"));
        _package.Dispose();
        DeterministicPackage.CopyTo(_buffer, output);
    }

    public void Dispose()
    {
        _package.Dispose();
        _buffer.Dispose();
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < cells.Count ? cells[i] : string.Empty;
            var paragraph = Paragraph(StyleIds.TableText, text, bold: header);
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                paragraph));
        }

        return row;
    }

    private static Paragraph Paragraph(string style, string text, bool bold = false)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        var elements = SafeText.Elements(text).ToList();
        if (elements.Count > 0)
        {
            var run = new Run();
            if (bold)
            {
                run.Append(new RunProperties(new Bold()));
            }

            run.Append(elements);
            paragraph.Append(run);
        }

        return paragraph;
    }

    /// <summary>A property value with the characters XML cannot hold escaped, as in the body.</summary>
    private static string Clean(string text) =>
        string.Concat(text.Select(c => c < '\u0020' || c == '\uFFFE' || c == '\uFFFF' ? SafeText.Escape(c) : c.ToString()));

    private static string MessageCatalogName(CultureInfo culture) =>
        AccountabilityKit.Localization.MessageCatalog.Resolve(culture).Name;
}
