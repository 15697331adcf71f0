using System.Globalization;
using AccountabilityKit.Citations;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Tests.Output;

public sealed class ToolTextTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Theory]
    [InlineData(new[] { "demo", "--lang", "en" }, true)]
    [InlineData(new[] { "demo", "--lang=en" }, true)]
    [InlineData(new[] { "demo", "--lang:en" }, true)]
    [InlineData(new[] { "--lang", "en", "--help" }, true)]
    [InlineData(new[] { "demo", "--lang", "zh-CN" }, false)]
    [InlineData(new[] { "demo", "--lang", "en", "--lang", "zh" }, false)]
    [InlineData(new[] { "demo" }, false)]
    [InlineData(new[] { "demo", "--lang", "fr" }, false)]
    [InlineData(new[] { "demo", "--lang" }, false)]
    [InlineData(new[] { "demo", "--", "--lang", "en" }, false)]
    public void Detect_ReadsLangBeforeParsing(string[] args, bool english)
    {
        ToolText.Detect(args, Invariant).IsEnglish.Should().Be(english);
    }

    [Theory]
    [InlineData("en-US", true)]
    [InlineData("en", true)]
    [InlineData("zh-CN", false)]
    [InlineData("fr-FR", false)]
    [InlineData("", false)]
    public void Detect_WithoutLang_FollowsTheUiCultureWithZhCnFallback(string culture, bool english)
    {
        ToolText.Detect(["demo"], CultureInfo.GetCultureInfo(culture)).IsEnglish.Should().Be(english);
    }

    [Fact]
    public void Detect_LangWinsOverTheUiCulture()
    {
        ToolText.Detect(["demo", "--lang", "zh-CN"], CultureInfo.GetCultureInfo("en-US")).IsEnglish.Should().BeFalse();
        ToolText.Detect(["demo", "--lang", "en"], CultureInfo.GetCultureInfo("zh-CN")).IsEnglish.Should().BeTrue();
    }

    [Fact]
    public void AddIssue_RendersTheIssueInTheRunsLanguage_WithItsCitation()
    {
        var issue = ValidationIssue.Error(
            VocabularyIssueCodes.InvalidJsonValue,
            "line 2.persons",
            Catalog.Of(nameof(Messages.CsvNotCount), ("text", "-1")),
            new Citation(RegulationKeys.AccountabilityRegulations2019, 6, 2));

        string?[] Row(ToolText text)
        {
            var set = ToolOutput.IssueTable();
            new ToolOutput(TextWriter.Null, TextWriter.Null, OutputFormat.Table, text, interactive: false).AddIssue(set, "facts.csv", issue);
            return [.. ToolOutput.Issues(set).Rows.Single().Select(c => c.Display(chinese: !text.IsEnglish))];
        }

        Row(ToolText.Chinese).Should().Equal("facts.csv", "AK043", "错误", "line 2.persons", "“-1”不是非负整数", "问责条例第六条第二款");
        Row(ToolText.English).Should().Equal("facts.csv", "AK043", "Error", "line 2.persons", "'-1' is not a non-negative whole number", "ARR2019 Art. 6(2)");
    }

    [Fact]
    public void Say_RendersTheCliCatalogue_InBothLanguages()
    {
        var zh = ToolText.Chinese.Say(nameof(Messages.DemoSameSeed), ("seed", 11));
        var en = ToolText.English.Say(nameof(Messages.DemoSameSeed), ("seed", 11));

        zh.Should().Be("同一种子（`--seed 11`）再次运行，输出完全相同。");
        en.Should().Be("Running again with the same seed (--seed 11) prints exactly the same output.");
        Catalog.Of(nameof(Messages.DemoSameSeed), ("seed", 11)).Id.Should().Be("Cli.DemoSameSeed");
    }

    [Fact]
    public void UsageException_CarriesTheMessage_AndRendersInTheCurrentUiCulture()
    {
        using var _ = AccountabilityKit.TestSupport.UiCulture.Use("en");

        var e = UsageException.Of(nameof(Messages.UsageUnitsOutOfRange));

        e.Text.Id.Should().Be("Cli.UsageUnitsOutOfRange");
        e.Message.Should().Be("--units must be between 2 and 2000");
        e.Text.Render(MessageCatalog.Chinese).Should().Be("`--units` 须在 2 至 2000 之间");
    }
}
