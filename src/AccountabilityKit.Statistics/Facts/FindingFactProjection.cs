using System.Collections.Immutable;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Organization;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Statistics.Facts;

/// <summary>
/// Projects <see cref="Finding"/>s into <see cref="FindingFact"/> rows as of a date. Pure: the same finding, tree,
/// groups and date always give the same row. The rectification status is the finding's own
/// <see cref="Finding.RectificationAt(LocalDate)"/>.
/// </summary>
public sealed class FindingFactProjection
{
    private readonly ImmutableArray<UnitGroup> _groups;

    /// <summary>Creates a projection over <paramref name="tree"/>.</summary>
    /// <param name="tree">The organisation tree the findings' units belong to.</param>
    /// <param name="unitGroups">The rule set's unit groups (<see cref="ScoringRuleSet.UnitGroups"/>); a unit's group is the first whose kinds contain the unit's kind. None: no group.</param>
    /// <param name="regionDepth">The depth (root = 0) of the ancestor reported as the region; default 1 (the root's children).</param>
    public FindingFactProjection(OrgTree tree, IEnumerable<UnitGroup>? unitGroups = null, int regionDepth = 1)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentOutOfRangeException.ThrowIfNegative(regionDepth);
        Tree = tree;
        RegionDepth = regionDepth;
        _groups = unitGroups is null ? [] : [.. unitGroups.Where(g => g is not null)];
    }

    /// <summary>The organisation tree.</summary>
    public OrgTree Tree { get; }

    /// <summary>The depth of the region ancestor; a unit shallower than this is its own region.</summary>
    public int RegionDepth { get; }

    /// <summary>The unit groups used to classify units.</summary>
    public ImmutableArray<UnitGroup> UnitGroups => _groups;

    /// <summary>Lists every reason <paramref name="finding"/> cannot be projected as of <paramref name="asOf"/> (empty when it can).</summary>
    /// <param name="finding">A finding.</param>
    /// <param name="asOf">The date to judge the rectification at.</param>
    public ValidationReport Validate(Finding finding, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var issues = new ValidationReportBuilder();
        if (!Tree.Contains(finding.Unit))
        {
            issues.Error(StatisticsIssueCodes.UnitNotInTree, "unit",
                Catalog.Of(nameof(Messages.FindingUnitNotInTree), ("unit", finding.Unit), ("finding", finding.Id)));
        }

        var start = finding.Quarter.FirstDay;
        if (finding.RectificationDeadline is { } deadline && deadline < start)
        {
            issues.Error(StatisticsIssueCodes.FindingDateBeforeQuarter, "rectificationDeadline",
                Catalog.Of(nameof(Messages.FindingDeadlineBeforeQuarter), ("deadline", deadline), ("finding", finding.Id), ("quarter", finding.Quarter)));
        }

        if (finding.RectifiedOn is { } done && done < start)
        {
            issues.Error(StatisticsIssueCodes.FindingDateBeforeQuarter, "rectifiedOn",
                Catalog.Of(nameof(Messages.FindingRectifiedBeforeQuarter), ("rectifiedOn", done), ("finding", finding.Id), ("quarter", finding.Quarter)));
        }

        if (asOf < start)
        {
            issues.Error(StatisticsIssueCodes.AsOfBeforeQuarter, "quarter",
                Catalog.Of(nameof(Messages.FindingAfterAsOf), ("finding", finding.Id), ("quarter", finding.Quarter), ("asOf", asOf)));
        }

        return issues.Build();
    }

    /// <summary>The fact row of <paramref name="finding"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="finding">A finding whose unit is in the tree.</param>
    /// <param name="asOf">The date to judge the rectification at.</param>
    /// <exception cref="ValidationFailedException">The finding cannot be projected (ST002, ST020, ST021).</exception>
    public FindingFact Project(Finding finding, LocalDate asOf)
    {
        Validate(finding, asOf).ThrowIfInvalid();
        var unit = Tree[finding.Unit];
        var state = finding.RectificationAt(asOf);
        return new FindingFact
        {
            FindingId = finding.Id,
            Region = RegionResolver.RegionOf(Tree, RegionDepth, finding.Unit),
            Unit = finding.Unit,
            UnitKind = unit.Kind,
            UnitGroup = GroupOf(unit.Kind)?.Id,
            Quarter = finding.Quarter,
            Source = finding.Source,
            Category = finding.CategoryCode,
            Severity = finding.Severity,
            AsOf = asOf,
            Status = state.Status,
            DaysOverdue = state.DaysLate,
        };
    }

    /// <summary>The fact rows of every finding, in order.</summary>
    /// <param name="findings">Findings.</param>
    /// <param name="asOf">The date to judge the rectification at.</param>
    /// <exception cref="ValidationFailedException">A finding cannot be projected or is missing (ST022); every problem is reported, paths prefixed with <c>$[i]</c>.</exception>
    public ImmutableArray<FindingFact> ProjectAll(IEnumerable<Finding> findings, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var list = findings.ToList();
        var issues = new ValidationReportBuilder();
        for (var i = 0; i < list.Count; i++)
        {
            var item = issues.At(string.Empty, i);
            if (list[i] is null)
            {
                item.Error(StatisticsIssueCodes.MissingItem, string.Empty, Catalog.Of(nameof(Messages.FindingMissing)));
                continue;
            }

            item.AddUnder(Validate(list[i], asOf));
        }

        issues.Build().ThrowIfInvalid();
        return [.. list.Select(f => Project(f, asOf))];
    }

    /// <summary>The group of units of <paramref name="kind"/>, if any.</summary>
    /// <param name="kind">A unit kind.</param>
    public UnitGroup? GroupOf(UnitKind kind) => _groups.FirstOrDefault(g => g.UnitKinds is not null && g.UnitKinds.Contains(kind));
}
