using AccountabilityKit.Localization;
using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Checklists.Tests.Messages;

/// <summary>Every message the bad inputs and the explaining results produce reads as Chinese in zh-CN and has no Han character in English.</summary>
public class MessageCorpusTests
{
    [Fact]
    public void Corpus_CoversEveryCatalogueMessage()
    {
        var used = MessageCorpus.Issues().Select(static x => x.Issue.MessageId)
            .Concat(MessageCorpus.Explanations().Select(static x => x.Text.Id))
            .Where(static id => id.StartsWith("Checklists.", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

        // Two messages are rendered straight into exception and ToString() texts, checked below.
        used.Add("Checklists.DuplicateChecklistId");
        used.Add("Checklists.NormalizerDescription");
        Catalog.Instance.Ids.Should().BeSubsetOf(used, "the corpus runs an input for every message of the catalogue");
    }

    [Fact]
    public void EveryIssue_InChinese_HasNoEnglishWords()
    {
        var issues = MessageCorpus.Issues().ToList();
        issues.Should().HaveCountGreaterThan(60);
        foreach (var (source, issue) in issues)
        {
            var text = issue.Render(MessageCatalog.Chinese);
            MessageText.EnglishWords(text).Should().BeEmpty("{0}: {1} {2} reads \"{3}\"", source, issue.Code, issue.Path, text);
        }
    }

    [Fact]
    public void EveryIssue_InEnglish_HasNoHanCharacters()
    {
        foreach (var (source, issue) in MessageCorpus.Issues())
        {
            var text = issue.Render(MessageCatalog.English);
            MessageText.HanCharacters(text).Should().BeEmpty("{0}: {1} {2} reads \"{3}\"", source, issue.Code, issue.Path, text);
        }
    }

    [Fact]
    public void EveryExplanation_ReadsInItsCulture()
    {
        var explanations = MessageCorpus.Explanations().ToList();
        explanations.Select(static x => x.Text.Id).Should().Contain(
        [
            "Checklists.IllegalReviewTransition", "Checklists.NearDuplicateOfList", "Checklists.NearDuplicateOfTemplate",
            "Checklists.MilestoneDone", "Checklists.MilestoneOverdue", "Checklists.MilestoneDueSoon", "Checklists.MilestoneOnTrack",
        ]);
        foreach (var (source, text) in explanations)
        {
            var zh = text.Render(MessageCatalog.Chinese);
            var en = text.Render(MessageCatalog.English);
            MessageText.EnglishWords(zh).Should().BeEmpty("{0} reads \"{1}\"", source, zh);
            MessageText.HanCharacters(en).Should().BeEmpty("{0} reads \"{1}\"", source, en);
        }
    }

    [Fact]
    public void ExceptionAndDescriptionTexts_FollowTheCurrentUICulture()
    {
        foreach (var (source, render) in MessageCorpus.ExceptionMessages(MessageCatalog.Chinese))
        {
            var zh = render();
            zh.Should().NotBeEmpty(source);
            MessageText.EnglishWords(zh).Should().BeEmpty("{0} reads \"{1}\"", source, zh);
            MessageText.HanCharacters(zh).Should().NotBeEmpty("{0} is written in Chinese under zh-CN", source);
        }

        foreach (var (source, render) in MessageCorpus.ExceptionMessages(MessageCatalog.English))
        {
            var en = render();
            en.Should().NotBeEmpty(source);
            MessageText.HanCharacters(en).Should().BeEmpty("{0} reads \"{1}\"", source, en);
        }
    }
}
