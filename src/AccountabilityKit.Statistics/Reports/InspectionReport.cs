using System.Collections.Immutable;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>
/// Inspection statistics (督查) for a period and a <see cref="DataScope"/>: findings per category and severity, and
/// rectification on time / late / overdue / open, with rates, per unit group and in total. The status of each finding
/// is the one its <see cref="FindingFact"/> was projected with (as of the projection's date). Reconciles: the
/// category rows and the group rows each add up to <see cref="Findings"/>.
/// </summary>
public sealed record InspectionReport
{
    private InspectionReport()
    {
    }

    /// <summary>The period reported.</summary>
    public ReportPeriod Period { get; init; } = null!;

    /// <summary>Findings in the period and scope.</summary>
    public int Findings { get; init; }

    /// <summary>Findings per category (ordinal order of the code) and severity (declaration order); only non-empty combinations.</summary>
    public ImmutableArray<FindingCountRow> ByCategoryAndSeverity { get; init; } = [];

    /// <summary>Rectification per unit group: the given groups in order, then groups only the facts name, then units in no group (if any).</summary>
    public ImmutableArray<RectificationRow> ByUnitGroup { get; init; } = [];

    /// <summary>Rectification of all findings in the period and scope.</summary>
    public RectificationRow Total { get; init; } = null!;

    /// <summary>Builds the report.</summary>
    /// <param name="facts">Finding facts (any period; the report keeps the period).</param>
    /// <param name="period">The period.</param>
    /// <param name="scope">The units the caller may see, or none for all.</param>
    /// <param name="unitGroups">The rule set's unit groups (for their names and order), or none.</param>
    /// <param name="categoryNames">Display names (zh-CN) of category codes, or none (the code is shown).</param>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">A fact is missing (ST022, <c>$.facts[i]</c>).</exception>
    public static InspectionReport Create(IEnumerable<FindingFact> facts, ReportPeriod period, DataScope? scope = null,
        IEnumerable<UnitGroup>? unitGroups = null, IReadOnlyDictionary<string, string>? categoryNames = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        var kept = ReportInputs.Materialize(facts, "facts")
            .Where(f => period.Contains(f.Quarter) && (scope is null || scope.Contains(f.Unit)))
            .ToList();
        var groups = unitGroups?.Where(g => g is not null).ToList() ?? [];

        var byCategory = kept
            .GroupBy(f => (f.Category, f.Severity))
            .OrderBy(g => g.Key.Category, StringComparer.Ordinal).ThenBy(g => g.Key.Severity)
            .Select(g => new FindingCountRow(g.Key.Category, categoryNames?.GetValueOrDefault(g.Key.Category) ?? g.Key.Category, g.Key.Severity, g.Count()))
            .ToImmutableArray();

        var groupIds = groups.Select(g => g.Id)
            .Concat(kept.Select(f => f.UnitGroup).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var byGroup = groupIds
            .Select(id => Row(id, groups.FirstOrDefault(g => g.Id == id)?.Name ?? id, id, kept.Where(f => f.UnitGroup == id)))
            .ToList();
        if (kept.Any(f => f.UnitGroup is null))
        {
            byGroup.Add(Row(null, Texts.Chinese(nameof(Messages.NoUnitGroup)), Texts.English(nameof(Messages.NoUnitGroup)), kept.Where(f => f.UnitGroup is null)));
        }

        return new InspectionReport
        {
            Period = period,
            Findings = kept.Count,
            ByCategoryAndSeverity = byCategory,
            ByUnitGroup = [.. byGroup],
            Total = Row(null, Texts.Chinese(nameof(Messages.Total)), Texts.English(nameof(Messages.Total)), kept),
        };
    }

    private static RectificationRow Row(string? group, string chinese, string english, IEnumerable<FindingFact> facts)
    {
        var counts = new int[4];
        var findings = 0;
        foreach (var f in facts)
        {
            findings++;
            counts[f.Status switch
            {
                RectificationStatus.RectifiedOnTime => 0,
                RectificationStatus.RectifiedLate => 1,
                RectificationStatus.Overdue => 2,
                _ => 3,
            }]++;
        }

        var rates = Shares.Percentages(counts);
        return new RectificationRow(group, chinese, english, findings, counts[0], counts[1], counts[2], counts[3], rates[0], rates[1], rates[2], rates[3]);
    }
}
