using System.Collections.Immutable;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Statistics.Facts;

/// <summary>
/// Projects <see cref="ScoreCard"/>s into <see cref="ScoreFact"/> rows. Pure: the same card and tree always give the
/// same row. A card is checked before it is projected: its unit must be in the tree, its group named, its grade
/// defined and its total equal to the sum of its lines (an explainable score adds up).
/// </summary>
public sealed class ScoreFactProjection
{
    /// <summary>Creates a projection over <paramref name="tree"/>.</summary>
    /// <param name="tree">The organisation tree the cards' units belong to.</param>
    /// <param name="regionDepth">The depth (root = 0) of the ancestor reported as the region; default 1 (the root's children).</param>
    public ScoreFactProjection(OrgTree tree, int regionDepth = 1)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentOutOfRangeException.ThrowIfNegative(regionDepth);
        Tree = tree;
        RegionDepth = regionDepth;
    }

    /// <summary>The organisation tree.</summary>
    public OrgTree Tree { get; }

    /// <summary>The depth of the region ancestor; a unit shallower than this is its own region.</summary>
    public int RegionDepth { get; }

    /// <summary>Lists every reason <paramref name="card"/> cannot be projected (empty when it can).</summary>
    /// <param name="card">A score card.</param>
    public ValidationReport Validate(ScoreCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var issues = new ValidationReportBuilder();
        if (!Tree.Contains(card.Unit))
        {
            issues.Error(StatisticsIssueCodes.UnitNotInTree, "unit", Catalog.Of(nameof(Messages.ScoreCardUnitNotInTree), ("unit", card.Unit)));
        }

        if (string.IsNullOrWhiteSpace(card.GroupId))
        {
            issues.Error(StatisticsIssueCodes.InvalidScoreCard, "groupId", Catalog.Of(nameof(Messages.ScoreCardNeedsGroup)));
        }

        if (!Enum.IsDefined(card.Grade))
        {
            issues.Error(StatisticsIssueCodes.InvalidScoreCard, "grade", Catalog.Of(nameof(Messages.ScoreCardGradeUndefined), Texts.Enum("grade", card.Grade)));
        }

        if (card.Lines is null)
        {
            issues.Error(StatisticsIssueCodes.InvalidScoreCard, "lines", Catalog.Of(nameof(Messages.ScoreCardNeedsLines)));
        }
        else if (card.Lines.Any(l => l is null))
        {
            issues.Error(StatisticsIssueCodes.InvalidScoreCard, "lines", Catalog.Of(nameof(Messages.ScoreCardLineMissing)));
        }
        else if (card.Lines.Sum(l => l.Points) is var sum && sum != card.Total)
        {
            issues.Error(StatisticsIssueCodes.InvalidScoreCard, "total", Catalog.Of(nameof(Messages.ScoreCardTotalMismatch), ("total", card.Total), ("sum", sum)));
        }

        return issues.Build();
    }

    /// <summary>The fact row of <paramref name="card"/>.</summary>
    /// <param name="card">A valid score card.</param>
    /// <exception cref="ValidationFailedException">The card cannot be projected (ST002, ST023).</exception>
    public ScoreFact Project(ScoreCard card)
    {
        Validate(card).ThrowIfInvalid();
        return new ScoreFact
        {
            Unit = card.Unit,
            Region = RegionResolver.RegionOf(Tree, RegionDepth, card.Unit),
            UnitKind = Tree[card.Unit].Kind,
            UnitGroup = card.GroupId,
            Quarter = card.Quarter,
            Total = card.Total,
            Grade = card.Grade,
            IsVetoed = card.Veto is not null,
        };
    }

    /// <summary>The fact rows of every card, in order.</summary>
    /// <param name="cards">Score cards.</param>
    /// <exception cref="ValidationFailedException">A card cannot be projected or is missing (ST022); every problem is reported, paths prefixed with <c>$[i]</c>.</exception>
    public ImmutableArray<ScoreFact> ProjectAll(IEnumerable<ScoreCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var list = cards.ToList();
        var issues = new ValidationReportBuilder();
        for (var i = 0; i < list.Count; i++)
        {
            var item = issues.At(string.Empty, i);
            if (list[i] is null)
            {
                item.Error(StatisticsIssueCodes.MissingItem, string.Empty, Catalog.Of(nameof(Messages.ScoreCardMissing)));
                continue;
            }

            item.AddUnder(Validate(list[i]));
        }

        issues.Build().ThrowIfInvalid();
        return [.. list.Select(Project)];
    }
}
