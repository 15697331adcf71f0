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
        var issues = new List<ValidationIssue>();
        if (!Tree.Contains(card.Unit))
        {
            issues.Add(ValidationIssue.Error(StatisticsIssueCodes.UnitNotInTree, JsonPaths.Property(JsonPaths.Root, "unit"),
                $"Unit '{card.Unit}' of the score card is not in the organisation tree."));
        }

        if (string.IsNullOrWhiteSpace(card.GroupId))
        {
            issues.Add(ValidationIssue.Error(StatisticsIssueCodes.InvalidScoreCard, JsonPaths.Property(JsonPaths.Root, "groupId"),
                "A score card needs the id of the unit group it is ranked in."));
        }

        if (!Enum.IsDefined(card.Grade))
        {
            issues.Add(ValidationIssue.Error(StatisticsIssueCodes.InvalidScoreCard, JsonPaths.Property(JsonPaths.Root, "grade"),
                $"'{card.Grade}' is not a grade."));
        }

        if (card.Lines is null)
        {
            issues.Add(ValidationIssue.Error(StatisticsIssueCodes.InvalidScoreCard, JsonPaths.Property(JsonPaths.Root, "lines"),
                "A score card needs its lines."));
        }
        else if (card.Lines.Any(l => l is null))
        {
            issues.Add(ValidationIssue.Error(StatisticsIssueCodes.InvalidScoreCard, JsonPaths.Property(JsonPaths.Root, "lines"),
                "A line of the score card is missing (null)."));
        }
        else if (card.Lines.Sum(l => l.Points) is var sum && sum != card.Total)
        {
            issues.Add(ValidationIssue.Error(StatisticsIssueCodes.InvalidScoreCard, JsonPaths.Property(JsonPaths.Root, "total"),
                $"The total {card.Total} does not equal the sum of the lines ({sum})."));
        }

        return ValidationReport.From(issues);
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
        var issues = new List<ValidationIssue>();
        for (var i = 0; i < list.Count; i++)
        {
            var path = JsonPaths.Index(JsonPaths.Root, i);
            if (list[i] is null)
            {
                issues.Add(ValidationIssue.Error(StatisticsIssueCodes.MissingItem, path, "The score card is missing (null)."));
                continue;
            }

            issues.AddRange(Validate(list[i]).Under(path).Issues);
        }

        ValidationReport.From(issues).ThrowIfInvalid();
        return [.. list.Select(Project)];
    }
}
