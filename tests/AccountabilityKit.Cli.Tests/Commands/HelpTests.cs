using System.Globalization;
using System.Text.RegularExpressions;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Cli.Tests.TestSupport;
using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Cli.Tests.Commands;

/// <summary>
/// Help follows the language: System.CommandLine reads descriptions when it builds the command tree, so the tool
/// decides the language before building it (<c>--lang</c>, else the UI culture, zh-CN as fallback).
/// </summary>
public sealed partial class HelpTests
{
    /// <summary>Every command and sub-command whose help a user can ask for.</summary>
    public static TheoryData<string[]> Commands { get; } =
    [
        [],
        ["template"],
        ["template", "check"],
        ["checklist"],
        ["checklist", "check"],
        ["score"],
        ["case"],
        ["case", "check"],
        ["stats"],
        ["generate"],
        ["demo"],
    ];

    [Fact]
    public async Task Help_WithoutLang_IsChinese()
    {
        var run = await ToolRun.RunAsync("--help");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain(ToolText.Chinese.Say(nameof(Messages.HelpRoot)))
            .And.Contain(ToolText.Chinese.Say(nameof(Messages.HelpDemo)))
            .And.Contain(ToolText.Chinese.Say(nameof(Messages.HelpOptionLang)))
            .And.Contain("用法").And.Contain("选项").And.Contain("命令")
            .And.NotContain("Usage:").And.NotContain("Options:");
    }

    [Fact]
    public async Task Help_LangEn_IsEnglish()
    {
        var run = await ToolRun.RunAsync("--help", "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain(ToolText.English.Say(nameof(Messages.HelpRoot)))
            .And.Contain("Run the end-to-end demo on a synthetic city")
            .And.Contain("Display language: zh-CN or en")
            .And.Contain("Usage:").And.Contain("Options:").And.Contain("Commands:");
        MessageText.HanCharacters(run.Stdout).Should().BeEmpty();
    }

    [Fact]
    public async Task Help_LangEqualsEn_IsEnglishToo()
    {
        var run = await ToolRun.RunAsync("demo", "--help", "--lang=en");

        run.Stdout.Should().Contain(ToolText.English.Say(nameof(Messages.HelpDemoSeed)));
        MessageText.HanCharacters(run.Stdout).Should().BeEmpty();
    }

    [Fact]
    public async Task Help_EnglishUiCulture_IsEnglish_AndLangOverridesIt()
    {
        var english = await ToolRun.RunInCultureAsync("en-US", "--help");
        var chinese = await ToolRun.RunInCultureAsync("en-US", "--help", "--lang", "zh-CN");
        var french = await ToolRun.RunInCultureAsync("fr-FR", "--help");

        english.Stdout.Should().Contain(ToolText.English.Say(nameof(Messages.HelpRoot)));
        chinese.Stdout.Should().Contain(ToolText.Chinese.Say(nameof(Messages.HelpRoot)));
        french.Stdout.Should().Contain(ToolText.Chinese.Say(nameof(Messages.HelpRoot)), "any language other than English falls back to zh-CN");
    }

    [Fact]
    public async Task RunAsync_RestoresTheCallersUiCulture()
    {
        using var _ = UiCulture.Use("fr-FR");

        await Cli.Commands.Cli.RunAsync(["--help", "--lang", "en"], TextWriter.Null, TextWriter.Null, ToolRun.Clock);

        CultureInfo.CurrentUICulture.Name.Should().Be("fr-FR");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_Chinese_HasNoEnglishWords_OutsideCommandAndOptionNames(string[] command)
    {
        var run = await ToolRun.RunAsync([.. command, "--help"]);

        run.ExitCode.Should().Be(0);
        foreach (var line in run.Stdout.Split('\n'))
        {
            MessageText.EnglishWords(WithoutSyntax(line)).Should().BeEmpty("the zh-CN help line \"{0}\" of akit {1}", line, string.Join(' ', command));
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_English_HasNoHanCharacters(string[] command)
    {
        var run = await ToolRun.RunAsync([.. command, "--help", "--lang", "en"]);

        run.ExitCode.Should().Be(0);
        MessageText.HanCharacters(run.Stdout).Should().BeEmpty("the English help of akit {0}", string.Join(' ', command));
    }

    /// <summary>
    /// A help line without what is typed rather than read: option names and their aliases (<c>--lang</c>, <c>-t</c>),
    /// argument and value placeholders (<c>&lt;FILE&gt;</c>, <c>&lt;csv|json|table&gt;</c>), default values
    /// (<c>[默认值: table]</c> is checked for its Chinese label only), and the command names at the start of a
    /// command line or in the usage line.
    /// </summary>
    private static string WithoutSyntax(string line)
    {
        var text = Placeholder().Replace(line, " ");
        text = OptionName().Replace(text, " ");
        text = CommandName().Replace(text, " ");
        return text;
    }

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<![\w-])-{1,2}[A-Za-z?][\w-]*")]
    private static partial Regex OptionName();

    [GeneratedRegex(@"\b(akit|template|checklist|score|case|stats|generate|demo|serve|check|table|json|csv|zh|en)\b")]
    private static partial Regex CommandName();
}
