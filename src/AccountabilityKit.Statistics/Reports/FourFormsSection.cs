using System.Collections.Immutable;
using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>
/// The four forms in one slice of a <see cref="FourFormsReport"/>: one period slice, one region or all regions.
/// <see cref="PersonTimes"/> is the sum of the rows (one per handling, in its heaviest form); <see cref="Persons"/> counts
/// distinct people (never more); <see cref="Measures"/> is the per-measure tally (never less).
/// </summary>
/// <param name="Period">The period slice.</param>
/// <param name="Region">The region, or <see langword="null"/> for all regions in scope.</param>
/// <param name="RegionName">The region's name (zh-CN, from the tree), or <see langword="null"/> for all regions.</param>
/// <param name="PersonTimes">Person-times under all four forms.</param>
/// <param name="Persons">Distinct persons.</param>
/// <param name="Rows">One row per form, in form order; shares add up to 100.0 (or are all 0).</param>
public sealed record FourFormsSection(ReportPeriod Period, OrgUnitId? Region, string? RegionName, int PersonTimes, int Persons, ImmutableArray<FourFormsRow> Rows)
{
    /// <summary>The zh-CN label, e.g. "2021年 如皋市" or "2021年 全部地区".</summary>
    public string ChineseLabel => $"{Period.ChineseLabel} {RegionName ?? Region?.Value ?? Texts.Chinese(nameof(Messages.AllRegions))}";

    /// <summary>The English label, e.g. "2021 RG" or "2021 All regions".</summary>
    public string EnglishLabel => $"{Period.EnglishLabel} {Region?.Value ?? Texts.English(nameof(Messages.AllRegions))}";

    /// <summary>The per-measure tally: measures under all four forms (the sum of the rows' <see cref="FourFormsRow.Measures"/>).</summary>
    public int Measures { get; init; }

    /// <summary>The row of <paramref name="form"/>.</summary>
    /// <param name="form">A form.</param>
    public FourFormsRow this[DisciplineForm form] => Rows.First(r => r.Form == form);

    internal static FourFormsSection Of(ReportPeriod period, OrgUnitId? region, string? regionName, IReadOnlyCollection<DisciplineMeasureFact> facts)
    {
        var rows = CountRows(facts);
        return new FourFormsSection(period, region, regionName, rows.Sum(r => r.PersonTimes), facts.Select(f => f.Person).Distinct().Count(), rows) { Measures = rows.Sum(r => r.Measures) };
    }

    internal static ImmutableArray<FourFormsRow> CountRows(IEnumerable<DisciplineMeasureFact> facts)
    {
        var forms = Enum.GetValues<DisciplineForm>();
        var counts = new int[forms.Length];
        var measures = new int[forms.Length];
        foreach (var fact in facts)
        {
            counts[(int)fact.Form] = checked(counts[(int)fact.Form] + fact.PersonTimes);
            measures[(int)fact.Form] = checked(measures[(int)fact.Form] + 1);
        }

        var shares = Shares.Percentages(counts);
        return [.. forms.Select((form, i) => new FourFormsRow(form, counts[i], shares[i]) { Measures = measures[i] })];
    }
}
