using System.Collections.Immutable;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>
/// Four-forms statistics (四种形态) for a period and a <see cref="DataScope"/>: person-times and share of each form,
/// overall, per period slice (whole period, years or quarters) and per region. Shares are in percent with one decimal,
/// rounded by the largest-remainder method so that the four shares of every section add up to exactly 100.0.
/// Reconciles: in each slice the regions add up to the all-regions section, and the slices add up to <see cref="Total"/>.
/// </summary>
public sealed record FourFormsReport
{
    private FourFormsReport()
    {
    }

    /// <summary>The period reported.</summary>
    public ReportPeriod Period { get; init; } = null!;

    /// <summary>How the period is sliced.</summary>
    public ReportGranularity Granularity { get; init; }

    /// <summary>The whole period, all regions in scope.</summary>
    public FourFormsSection Total { get; init; } = null!;

    /// <summary>For each slice in order: the all-regions section, then one per region with data (ordered by region id).</summary>
    public ImmutableArray<FourFormsSection> Sections { get; init; } = [];

    /// <summary>Builds the report.</summary>
    /// <param name="facts">Four-forms facts (any period; the report keeps the period).</param>
    /// <param name="tree">The organisation tree (gives each fact's region and the region names).</param>
    /// <param name="period">The period.</param>
    /// <param name="scope">The units the caller may see, or none for all.</param>
    /// <param name="granularity">How to slice the period.</param>
    /// <param name="regionDepth">The depth (root = 0) of the ancestor reported as the region; default 1.</param>
    /// <exception cref="ValidationFailedException">A fact is missing (ST022, <c>$.facts[i]</c>) or its unit is not in the tree (ST002, <c>$.facts[i].unit</c>).</exception>
    public static FourFormsReport Create(IEnumerable<DisciplineMeasureFact> facts, OrgTree tree, ReportPeriod period, DataScope? scope = null,
        ReportGranularity granularity = ReportGranularity.WholePeriod, int regionDepth = 1)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfNegative(regionDepth);
        if (!Enum.IsDefined(granularity))
        {
            throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown granularity.");
        }

        var list = ReportInputs.Materialize(facts, "facts");
        var issues = new ValidationReportBuilder();
        for (var i = 0; i < list.Count; i++)
        {
            if (!tree.Contains(list[i].Unit))
            {
                issues.At("facts", i).Error(StatisticsIssueCodes.UnitNotInTree, "unit", Catalog.Of(nameof(Messages.UnitNotInTree), ("unit", list[i].Unit)));
            }
        }

        issues.Build().ThrowIfInvalid();

        var kept = list
            .Where(f => period.Contains(f.Quarter) && (scope is null || scope.Contains(f.Unit)))
            .Select(f => (Fact: f, Region: RegionResolver.RegionOf(tree, regionDepth, f.Unit)))
            .ToList();

        var sections = new List<FourFormsSection>();
        foreach (var slice in period.Slices(granularity))
        {
            var inSlice = kept.Where(k => slice.Contains(k.Fact.Quarter)).ToList();
            sections.Add(FourFormsSection.Of(slice, null, null, [.. inSlice.Select(k => k.Fact)]));
            foreach (var region in inSlice.GroupBy(k => k.Region).OrderBy(g => g.Key.Value, StringComparer.Ordinal))
            {
                sections.Add(FourFormsSection.Of(slice, region.Key, tree[region.Key].Name, [.. region.Select(k => k.Fact)]));
            }
        }

        return new FourFormsReport
        {
            Period = period,
            Granularity = granularity,
            Total = FourFormsSection.Of(period, null, null, [.. kept.Select(k => k.Fact)]),
            Sections = [.. sections],
        };
    }
}
