using AccountabilityKit.Assessment.Rankings;
using AccountabilityKit.Assessment.Review;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Documents.Findings;
using AccountabilityKit.Documents.Layout;

namespace AccountabilityKit.Documents.Review;

/// <summary>
/// The pack of a quarter's review meeting (党建工作点评会材料) as a Word document in the GB/T 9704-2012 layout: cover,
/// ranking and grades per unit group, counts per category and severity, each unit's score card (every line with its
/// rule item, finding and reason, then the total) followed by its problem list, and the follow-up actions (约谈提醒, 函告).
/// </summary>
public static class ReviewMeetingPackDocument
{
    /// <summary>Writes the pack as .docx to <paramref name="output"/>. The same input and options give the same bytes.</summary>
    /// <param name="pack">The pack (its pages give the units, their problem lists and follow-up actions).</param>
    /// <param name="rankings">The rankings per unit group (<see cref="Ranking.Rank(Assessment.Rules.ScoringRuleSet, IEnumerable{ScoreCard})"/>); may be empty.</param>
    /// <param name="cards">The quarter's score cards; a unit without one is said to have none.</param>
    /// <param name="output">A writable stream; left open.</param>
    /// <param name="options">Language, timestamp, fonts and names (<see cref="DocumentOptions.Default"/> when null).</param>
    public static void Write(ReviewMeetingPack pack, IReadOnlyList<GroupRanking> rankings, IReadOnlyList<ScoreCard> cards, Stream output, DocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(output);
        options ??= DocumentOptions.Default;
        var names = new Names(options);
        var title = names.Text(nameof(Messages.ReviewPackTitle), ("quarter", pack.Quarter));
        using var document = new WordDocument(options, title);

        // Cover.
        document.Title(title);
        document.Blank();
        document.Line(names.Text(nameof(Messages.ReviewPackAsOf), ("asOf", pack.AsOf)));
        document.Text(names.Render(pack.Summary));
        document.PageBreak();

        document.Heading(names.Text(nameof(Messages.SectionRanking)));
        var ranked = rankings.Where(r => r is not null && r.Entries.Count > 0).ToList();
        if (ranked.Count == 0)
        {
            document.Text(names.Text(nameof(Messages.NoRanking)));
        }

        foreach (var group in ranked)
        {
            document.SubHeading(names.Text(nameof(Messages.GroupHeading), ("group", names.Group(group.GroupId))));
            document.Table(
                [names.Text(nameof(Messages.ColumnRank)), names.Text(nameof(Messages.ColumnUnit)), names.Text(nameof(Messages.ColumnTotal)), names.Text(nameof(Messages.ColumnGrade)), names.Text(nameof(Messages.ColumnReason))],
                [6, 20, 8, 8, 40],
                group.Entries.Select(e => (IReadOnlyList<string>)
                [
                    e.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), names.Unit(e.Unit), Names.Points(e.Total), e.GradeName, names.Render(e.Reason),
                ]));
        }

        document.Heading(names.Text(nameof(Messages.SectionCounts)));
        if (pack.Counts.Count == 0)
        {
            document.Text(names.Text(nameof(Messages.NoCounts)));
        }
        else
        {
            document.Table(
                [names.Text(nameof(Messages.ColumnCategory)), names.Text(nameof(Messages.ColumnSeverity)), names.Text(nameof(Messages.ColumnCount))],
                [20, 10, 8],
                pack.Counts.Select(c => (IReadOnlyList<string>)
                [
                    names.Category(c.CategoryCode), names.Label(c.Severity), c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ]));
        }

        document.Heading(names.Text(nameof(Messages.SectionUnits)));
        var cardOf = cards.Where(c => c is not null).GroupBy(c => c.Unit).ToDictionary(g => g.Key, g => g.First());
        foreach (var page in pack.Pages)
        {
            document.PageBreak();
            var unit = page.ProblemList.Unit;
            if (cardOf.TryGetValue(unit, out var card))
            {
                WriteScoreCard(document, names, card);
            }
            else
            {
                document.SubHeading(names.Unit(unit));
                document.Text(names.Text(nameof(Messages.NoScoreCard)));
            }

            document.Blank();
            ProblemListDocument.WriteList(document, names, page.ProblemList, ProblemListDocument.TitleOf(page.ProblemList, names));
        }

        document.PageBreak();
        document.Heading(names.Text(nameof(Messages.SectionActions)));
        var actions = pack.Pages.SelectMany(p => p.Actions).ToList();
        if (actions.Count == 0)
        {
            document.Text(names.Text(nameof(Messages.NoActions)));
        }
        else
        {
            document.Table(
                [names.Text(nameof(Messages.ColumnNumber)), names.Text(nameof(Messages.ColumnUnit)), names.Text(nameof(Messages.ColumnAction)), names.Text(nameof(Messages.ColumnAddressee)), names.Text(nameof(Messages.ColumnFinding)), names.Text(nameof(Messages.ColumnReason))],
                [5, 16, 10, 16, 14, 30],
                actions.Select((a, i) => (IReadOnlyList<string>)
                [
                    (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    names.Unit(a.Unit),
                    names.Label(a.Kind),
                    a.Person is { } p ? names.Text(nameof(Messages.ActionAddressee), ("addressee", names.Render(a.Addressee)), ("person", names.Person(p))) : names.Render(a.Addressee),
                    string.Join("、", a.FindingIds),
                    names.Render(a.Reason),
                ]));
        }

        document.WriteTo(output);
    }

    private static void WriteScoreCard(WordDocument document, Names names, ScoreCard card)
    {
        document.SubHeading(names.Text(nameof(Messages.ScoreCardHeading), ("unit", names.Unit(card.Unit)), ("ruleSet", card.RuleSetId + " " + card.RuleSetVersion)));
        var rows = card.Lines.Select(l => (IReadOnlyList<string>)
        [
            names.Label(l.Kind),
            l.Kind == ScoreLineKind.Deduction || l.Kind == ScoreLineKind.CategoryCap ? names.Category(l.RuleItemId) : l.RuleItemId,
            l.FindingId ?? string.Empty,
            names.Render(l.Reason),
            Names.Points(l.Points),
        ]).ToList();
        rows.Add([names.Text(nameof(Messages.ScoreCardTotal)), string.Empty, string.Empty, card.GradeName, Names.Points(card.Total)]);
        document.Table(
            [names.Text(nameof(Messages.ColumnKind)), names.Text(nameof(Messages.ColumnRule)), names.Text(nameof(Messages.ColumnFinding)), names.Text(nameof(Messages.ColumnReason)), names.Text(nameof(Messages.ColumnPoints))],
            [12, 14, 12, 44, 9],
            rows);
    }
}
