using AccountabilityKit.Documents.Findings;
using AccountabilityKit.Documents.Tests.TestSupport;
using DocumentFormat.OpenXml.Wordprocessing;
using static AccountabilityKit.Documents.Tests.TestSupport.Samples;

namespace AccountabilityKit.Documents.Tests.Layout;

/// <summary>GB/T 9704-2012 as the document carries it, read back in twips and half-points.</summary>
public sealed class OfficialLayoutTests
{
    private static Docx Write(DocumentOptions? options = null) => Docx.Of(s => ProblemListDocument.Write(ListOf(CountyA), s, options ?? Options));

    [Fact]
    public void PageSetup_A4_Margins37And28_TextBlock156By225_22LinesOf28()
    {
        using var docx = Write();
        var section = docx.Body.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        var grid = section.GetFirstChild<DocGrid>()!;

        ((uint)size.Width!, (uint)size.Height!).Should().Be((11906u, 16838u));
        ((int)margin.Top!, (uint)margin.Left!).Should().Be((2098, 1587u)); // 37 mm, 28 mm
        ((uint)margin.Right!, (int)margin.Bottom!).Should().Be((1475u, 1984)); // 26 mm, 35 mm
        (11906 - 1587 - 1475).Should().BeCloseTo(8844, 1); // 156 mm
        (16838 - 2098 - 1984).Should().Be(12756); // 225 mm
        grid.Type!.Value.Should().Be(DocGridValues.LinesAndChars);
        ((int)grid.LinePitch!).Should().Be(579); // 12756 / 22 ≈ 28.95 pt
        ((int)grid.CharacterSpace!).Should().Be(-848); // 28 characters of 16 pt over 156 mm
    }

    [Fact]
    public void Styles_TitleBodyPageNumber_SizesAndFontsOfTheStandard_WithFallbacks()
    {
        using var docx = Write();
        var styles = docx.Package.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        defaults.RunFonts!.EastAsia!.Value.Should().Be("仿宋_GB2312");
        defaults.RunFonts.Ascii!.Value.Should().Be("仿宋_GB2312");
        defaults.FontSize!.Val!.Value.Should().Be("32");
        var spacing = styles.DocDefaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.SpacingBetweenLines!;
        (spacing.Line!.Value, spacing.LineRule!.Value).Should().Be(("579", LineSpacingRuleValues.Exact));

        var title = styles.Elements<Style>().Single(s => s.StyleId == "Title").StyleRunProperties!;
        title.RunFonts!.EastAsia!.Value.Should().Be("方正小标宋简体");
        title.FontSize!.Val!.Value.Should().Be("44");
        docx.Body.Elements<Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val!.Value.Should().Be("Title");

        var fonts = docx.Package.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName!.Val!.Value);
        fonts.Should().Contain("仿宋_GB2312", "仿宋").And.Contain("方正小标宋简体", "华文中宋").And.Contain("宋体", "SimSun");
    }

    [Fact]
    public void Footer_PageNumberField_OddRightEvenLeft_4HaoSongTi()
    {
        using var docx = Write();
        var main = docx.Package.MainDocumentPart!;
        main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>().Should().NotBeNull();
        var section = docx.Body.Elements<SectionProperties>().Single();
        foreach (var reference in section.Elements<FooterReference>())
        {
            var footer = ((DocumentFormat.OpenXml.Packaging.FooterPart)main.GetPartById(reference.Id!)).Footer!;
            footer.InnerText.Should().Be("—  PAGE 1 —");
            footer.Descendants<FieldCode>().Single().Text.Trim().Should().Be("PAGE");
            var run = footer.Descendants<RunProperties>().First();
            (run.RunFonts!.EastAsia!.Value, run.FontSize!.Val!.Value).Should().Be(("宋体", "28"));
            var jc = footer.Descendants<Justification>().Single().Val!.Value;
            jc.Should().Be(reference.Type!.Value == HeaderFooterValues.Even ? JustificationValues.Left : JustificationValues.Right);
        }

        section.Elements<FooterReference>().Should().HaveCount(2);
    }

    [Fact]
    public void MissingFont_NeverThrows_TheNameIsWrittenAsGiven()
    {
        var fonts = DocumentFonts.Standard with { Body = new DocumentFont("不存在的字体", "仿宋") };
        using var docx = Write(Options with { Fonts = fonts });

        docx.ValidationErrors().Should().BeEmpty();
        docx.Package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.EastAsia!.Value.Should().Be("不存在的字体");
    }
}
