using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AccountabilityKit.Documents.Layout;

/// <summary>
/// The page of GB/T 9704-2012 (党政机关公文格式) in one place: A4, top margin 37 mm, binding (left) margin 28 mm,
/// text block 156 × 225 mm, 22 lines of 28 characters, title 2号 (22 pt), body 3号 (16 pt), page numbers 4号 (14 pt)
/// as "— 1 —", odd pages right, even pages left, each one character in from the edge of the text block.
/// </summary>
internal static class OfficialLayout
{
    /// <summary>Twips per millimetre (1440 per inch).</summary>
    private const double TwipsPerMillimetre = 1440 / 25.4;

    public static readonly uint PageWidth = Mm(210);      // 11906
    public static readonly uint PageHeight = Mm(297);     // 16838
    public static readonly int TopMargin = (int)Mm(37);   // 2098
    public static readonly uint LeftMargin = Mm(28);      // 1587
    public static readonly uint TextWidth = Mm(156);      // 8844
    public static readonly uint TextHeight = Mm(225);     // 12756
    public static readonly uint RightMargin = PageWidth - LeftMargin - TextWidth;           // 1475 (26 mm)
    public static readonly int BottomMargin = (int)(PageHeight - TextHeight - (uint)TopMargin); // 1984 (35 mm)
    public static readonly uint FooterDistance = Mm(21);  // the page number 7 mm below the text block, one line high

    /// <summary>22 lines over the text block: 12756 / 22 ≈ 579 twips (≈ 28.95 pt), exact.</summary>
    public const int LinesPerPage = 22;

    /// <summary>28 characters over the text block.</summary>
    public const int CharactersPerLine = 28;

    public static readonly int LinePitch = (int)(TextHeight / LinesPerPage);

    /// <summary>The docGrid character spacing: (text width / 28 − 16 pt) in 1/4096 pt.</summary>
    public static readonly int CharacterSpace = (int)Math.Round(((TextWidth / 20.0 / CharactersPerLine) - 16) * 4096);

    /// <summary>Font sizes in half-points.</summary>
    public const int TitleSize = 44;      // 2号 22 pt
    public const int BodySize = 32;       // 3号 16 pt
    public const int PageNumberSize = 28; // 4号 14 pt
    public const int TableSize = 21;      // 五号 10.5 pt

    private static uint Mm(double millimetres) => (uint)Math.Round(millimetres * TwipsPerMillimetre);

    public static SectionProperties Section(string oddFooterId, string evenFooterId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooterId },
        new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooterId },
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin
        {
            Top = TopMargin, Bottom = BottomMargin, Left = LeftMargin, Right = RightMargin,
            Header = 851U, Footer = FooterDistance, Gutter = 0U,
        },
        new PageNumberType { Format = NumberFormatValues.Decimal, Start = 1 },
        new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = LinePitch, CharacterSpace = CharacterSpace });

    /// <summary>The footer of odd (<paramref name="odd"/>) or even pages: "— PAGE —", right or left, one character in.</summary>
    public static Footer PageNumberFooter(bool odd, DocumentFonts fonts)
    {
        Run Dash(string text) => new(RunProps(fonts.PageNumber, PageNumberSize), new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        var paragraph = new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                odd ? new Indentation { Right = "320" } : new Indentation { Left = "320" },
                new Justification { Val = odd ? JustificationValues.Right : JustificationValues.Left }),
            Dash("— "),
            new Run(RunProps(fonts.PageNumber, PageNumberSize), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(RunProps(fonts.PageNumber, PageNumberSize), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(RunProps(fonts.PageNumber, PageNumberSize), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(RunProps(fonts.PageNumber, PageNumberSize), new Text("1")),
            new Run(RunProps(fonts.PageNumber, PageNumberSize), new FieldChar { FieldCharType = FieldCharValues.End }),
            Dash(" —"));
        return new Footer(paragraph);
    }

    public static RunProperties RunProps(DocumentFont font, int halfPoints, bool bold = false)
    {
        var props = new RunProperties(Fonts(font));
        if (bold)
        {
            props.Append(new Bold());
        }

        props.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        props.Append(new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return props;
    }

    /// <summary>The font named explicitly in every slot (no theme fonts), so the standard's name is what a viewer looks up.</summary>
    public static RunFonts Fonts(DocumentFont font) => new()
    {
        Ascii = font.Name, HighAnsi = font.Name, EastAsia = font.Name, ComplexScript = font.Name,
    };

    public static Styles Styles(DocumentFonts fonts)
    {
        var pitch = LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(fonts.Body),
                    new FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    new FontSizeComplexScript { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = pitch, LineRule = LineSpacingRuleValues.Exact }))),
            ParagraphStyle(StyleIds.Normal, "Normal", null, new StyleParagraphProperties(new Justification { Val = JustificationValues.Both }), null, isDefault: true),
            ParagraphStyle(StyleIds.Title, "Title", StyleIds.Normal,
                new StyleParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }),
                StyleRun(fonts.Title, TitleSize)),
            ParagraphStyle(StyleIds.Heading1, "heading 1", StyleIds.Normal,
                new StyleParagraphProperties(new KeepNext(), new Indentation { FirstLineChars = 200, FirstLine = "640" }, new OutlineLevel { Val = 0 }),
                StyleRun(fonts.Heading, BodySize)),
            ParagraphStyle(StyleIds.Heading2, "heading 2", StyleIds.Normal,
                new StyleParagraphProperties(new KeepNext(), new Indentation { FirstLineChars = 200, FirstLine = "640" }, new OutlineLevel { Val = 1 }),
                StyleRun(fonts.SubHeading, BodySize)),
            ParagraphStyle(StyleIds.Body, "Body Text", StyleIds.Normal,
                new StyleParagraphProperties(new Indentation { FirstLineChars = 200, FirstLine = "640" }),
                null),
            ParagraphStyle(StyleIds.TableText, "Table Text", StyleIds.Normal,
                new StyleParagraphProperties(
                    new SnapToGrid { Val = false },
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Justification { Val = JustificationValues.Left }),
                StyleRun(fonts.Body, TableSize)),
            ParagraphStyle(StyleIds.Caption, "caption", StyleIds.Normal,
                new StyleParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }),
                StyleRun(fonts.Heading, BodySize)));
    }

    private static StyleRunProperties StyleRun(DocumentFont font, int halfPoints) => new(
        Fonts(font),
        new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private static Style ParagraphStyle(string id, string name, string? basedOn, StyleParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    /// <summary>The font table: each font of the options with its fallback (<c>w:altName</c>) and the GB2312 character set.</summary>
    public static Fonts FontTable(DocumentFonts fonts)
    {
        var table = new Fonts();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var font in new[] { fonts.Body, fonts.Title, fonts.Heading, fonts.SubHeading, fonts.PageNumber })
        {
            if (!seen.Add(font.Name))
            {
                continue;
            }

            table.Append(new Font(
                new AltName { Val = font.Fallback },
                new FontCharSet { Val = "86" },
                new FontFamily { Val = FontFamilyValues.Roman },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = font.Name });
        }

        return table;
    }

    public static Settings Settings() => new(
        new DefaultTabStop { Val = 420 },
        new EvenAndOddHeaders(),
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation });
}
