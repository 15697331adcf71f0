using System.Globalization;
using System.Text.RegularExpressions;
using AccountabilityKit.Localization;

namespace AccountabilityKit.TestSupport;

/// <summary>
/// The contract of a package's message catalogue, run by every package's tests: both cultures hold the same keys, each
/// template uses the same placeholders in both, no template is blank, the zh-CN template reads as Chinese (no English
/// word of four or more letters outside placeholders and backticks) and the English one has no Han character.
/// </summary>
public abstract partial class MessageCatalogContractTests(MessageCatalog catalog)
{
    private static readonly CultureInfo Zh = MessageCatalog.Chinese;
    private static readonly CultureInfo En = MessageCatalog.English;

    [Fact]
    public void Catalog_IsNotEmpty() => catalog.Ids.Should().NotBeEmpty();

    [Fact]
    public void BothCultures_HaveTheSameKeys()
    {
        var zh = catalog.TemplatesOf(Zh);
        var en = catalog.TemplatesOf(En);
        en.Keys.Should().BeEquivalentTo(zh.Keys, "every zh-CN message has an English sibling and no English message is orphaned");
    }

    [Fact]
    public void EveryTemplate_UsesTheSamePlaceholders_InBothCultures()
    {
        var zh = catalog.TemplatesOf(Zh);
        var en = catalog.TemplatesOf(En);
        foreach (var (key, chinese) in zh)
        {
            en.TryGetValue(key, out var english).Should().BeTrue(key);
            Message.PlaceholdersOf(english!).Should().BeEquivalentTo(Message.PlaceholdersOf(chinese), "the placeholders of {0}", key);
            chinese.Should().NotBeNullOrWhiteSpace(key);
        }
    }

    [Fact]
    public void ChineseTemplates_HaveNoEnglishWords()
    {
        foreach (var (key, template) in catalog.TemplatesOf(Zh))
        {
            MessageText.EnglishWords(template).Should().BeEmpty("the zh-CN template {0} is \"{1}\"", key, template);
        }
    }

    [Fact]
    public void EnglishTemplates_HaveNoHanCharacters()
    {
        foreach (var (key, template) in catalog.TemplatesOf(En))
        {
            MessageText.HanCharacters(template).Should().BeEmpty("the English template {0} is \"{1}\"", key, template);
        }
    }
}

/// <summary>What the message checks look for in rendered text.</summary>
public static partial class MessageText
{
    /// <summary>
    /// English words of four or more letters in <paramref name="text"/>, outside placeholders (<c>{name}</c>), text in
    /// backticks or quotes (user data, codes, enum names), JSON paths (<c>$.a.b[0]</c>), issue codes and message ids.
    /// </summary>
    public static IReadOnlyList<string> EnglishWords(string text)
    {
        var stripped = Exempt().Replace(text, " ");
        return [.. Word().Matches(stripped).Select(m => m.Value)];
    }

    /// <summary>Han characters in <paramref name="text"/> outside quoted user data (“…”, '…', "…").</summary>
    public static IReadOnlyList<string> HanCharacters(string text)
    {
        var stripped = Quoted().Replace(text, " ");
        return [.. Han().Matches(stripped).Select(m => m.Value)];
    }

    [GeneratedRegex(@"\{[^}]*\}|`[^`]*`|“[^”]*”|""[^""]*""|'[^']*'|「[^」]*」|\$[\w.\[\]'\-]*|\b[A-Z]{2,4}[0-9]{3}\b|\b[A-Z][A-Za-z]+\.[A-Z][A-Za-z0-9]+\b|https?://\S+|\b[A-Z]{2,}[0-9]*\b")]
    private static partial Regex Exempt();

    [GeneratedRegex(@"[A-Za-z]{4,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"“[^”]*”|""[^""]*""|'[^']*'|「[^」]*」|《[^》]*》|`[^`]*`")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
