using AccountabilityKit.Localization;
using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Accountability.Tests.Messages;

public class MessageCorpusTests
{
    private static readonly List<(string Source, Message Text)> Corpus = [.. MessageCorpus.All()];

    [Fact]
    public void Corpus_CoversEveryMessageOfTheCatalogue()
    {
        static IEnumerable<string> Ids(Message m) =>
            m.Arguments.Select(a => a.Value).OfType<Message>().SelectMany(Ids).Prepend(m.Id);

        var used = Corpus.SelectMany(c => Ids(c.Text)).ToHashSet(StringComparer.Ordinal);
        var unused = Catalog.Instance.Ids.Where(id => !used.Contains(id)).ToList();

        // A step is late only against a due date, so the hint for a late step without one is a guard no input reaches.
        unused.Should().BeSubsetOf(
            ["Accountability.ProcedureLateNoLimit"],
            "every message should be exercised by a bad input or an explaining result");
    }

    [Fact]
    public void InChinese_NoMessageHasAnEnglishWord()
    {
        Corpus.Should().NotBeEmpty();
        foreach (var (source, text) in Corpus)
        {
            var rendered = text.Render(MessageCatalog.Chinese);
            MessageText.EnglishWords(rendered).Should().BeEmpty("{0} renders as \"{1}\"", source, rendered);
        }
    }

    [Fact]
    public void InEnglish_NoMessageHasAHanCharacter()
    {
        foreach (var (source, text) in Corpus)
        {
            var rendered = text.Render(MessageCatalog.English);
            MessageText.HanCharacters(rendered).Should().BeEmpty("{0} renders as \"{1}\"", source, rendered);
        }
    }
}
