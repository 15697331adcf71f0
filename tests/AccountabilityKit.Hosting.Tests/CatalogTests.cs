using System.Globalization;
using AccountabilityKit.Localization;
using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Hosting.Tests;

public sealed class CatalogTests() : MessageCatalogContractTests(Catalog.Instance)
{
    [Fact]
    public void OptionsFailure_RendersInBothCultures_ExactZhCnText()
    {
        var issue = OptionsFailures.Missing("similarity").Issues.Should().ContainSingle().Which;

        issue.Code.Should().Be(HostingIssueCodes.OptionMissing);
        issue.Path.Should().Be("$.similarity");
        issue.MessageId.Should().Be("Hosting.OptionMissing");
        issue.Render(MessageCatalog.Chinese).Should().Be("未设置选项“similarity”。");
        issue.Render(MessageCatalog.English).Should().Be("The option 'similarity' is not set.");
    }

    [Fact]
    public void EveryMessage_ReadsAsItsCulture()
    {
        // Each template rendered with stand-in arguments: no English word in zh-CN, no Han character in English.
        foreach (var id in Catalog.Instance.Ids)
        {
            var key = id["Hosting.".Length..];
            var template = Catalog.Instance.Template(id, MessageCatalog.Chinese)!;
            var arguments = Message.PlaceholdersOf(template).Select(p => (MessageArgument)(p, 7)).ToArray();
            var message = Catalog.Of(key, arguments);
            MessageText.EnglishWords(message.Render(MessageCatalog.Chinese)).Should().BeEmpty(id);
            MessageText.HanCharacters(message.Render(MessageCatalog.English)).Should().BeEmpty(id);
        }
    }

    [Fact]
    public void QuarterScored_RendersTheQuarterInEachCulture()
    {
        var message = Catalog.Of(nameof(Messages.QuarterScored), ("quarter", TestSupport.Fixtures.Q2), ("count", 12), ("milliseconds", 35L));

        message.Render(MessageCatalog.Chinese).Should().Be("2026年第二季度已评分12个单位，用时35毫秒。");
        message.Render(CultureInfo.GetCultureInfo("en-GB")).Should().Be("Scored 12 units for 2026Q2 in 35 ms.");
    }
}
