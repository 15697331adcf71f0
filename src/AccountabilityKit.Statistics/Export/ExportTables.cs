using System.Collections.Immutable;
using System.Text.Json;
using AccountabilityKit.Localization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Reports;

namespace AccountabilityKit.Statistics.Export;

/// <summary>Turns a <see cref="StatTable"/> and the reports into labelled, typed <see cref="ExportTable"/>s for <see cref="CsvExport"/> and <see cref="JsonExport"/>.</summary>
public static class ExportTables
{
    private static readonly ExportCell TotalLabel = ExportCell.OfText(null, "合计", "Total");
    private static readonly ExportCell SubtotalLabel = ExportCell.OfText(null, "小计", "Subtotal");

    /// <summary>The table of an aggregation result: dimension columns (text, with the labels of enum values), then measure columns; the grand total's first cell reads "合计" / "Total".</summary>
    /// <param name="table">An aggregation result.</param>
    public static ExportTable From(StatTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var dimensions = table.Request.Dimensions;
        var columns = table.Columns.Select(c => new ExportColumn(c.Key, c.ChineseLabel, c.EnglishLabel,
            c.Kind == StatColumnKind.Dimension ? ExportValueKind.Text : StatValues.MeasureKind(c)));
        var rows = table.Rows.Select(row => (IEnumerable<ExportCell>)
        [
            .. dimensions.Select((d, i) => DimensionCell(row, d, i)),
            .. Enumerable.Range(0, table.Request.Measures.Length).Select(m => StatValues.Cell(row, table.Columns[dimensions.Length + m], m)),
        ]);
        return new ExportTable("statistics", "统计结果", "Statistics", columns, rows);
    }

    // A rollup row keeps the keys of its level; the first key it sums over reads "小计"/"Subtotal" ("合计"/"Total"
    // for the grand total), the rest stay empty.
    private static ExportCell DimensionCell(StatRow row, Facts.FactField dimension, int index) =>
        index < row.Level ? DimensionLabels.Cell(dimension, row.Keys[index])
        : index == row.Level ? (row.IsGrandTotal ? TotalLabel : SubtotalLabel)
        : ExportCell.OfText(null);

    /// <summary>The tables of a headline report: the figures with their year-over-year change, then the breakdowns by form, by responsibility and by the four forms (each with a total row).</summary>
    /// <param name="report">A headline report.</param>
    public static ImmutableArray<ExportTable> From(HeadlineReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var period = report.Period;
        var figures = new ExportTable("headline", $"问责工作主要数据（{period.ChineseLabel}，同比{report.PreviousPeriod.ChineseLabel}）",
            $"Headline figures ({period.EnglishLabel}, against {report.PreviousPeriod.EnglishLabel})",
            [
                Text("measure", "指标", "Measure"),
                Integer("current", period.ChineseLabel, period.EnglishLabel),
                Integer("previous", report.PreviousPeriod.ChineseLabel, report.PreviousPeriod.EnglishLabel),
                Integer("change", "同比增减", "Change"),
                Decimal("changePercent", "同比增减（%）", "Change (%)") with { MissingText = YearOverYearChange.NotApplicable },
            ],
            report.Figures.Select(f => (IEnumerable<ExportCell>)
            [
                ExportCell.OfText(Key(f.Measure), f.ChineseLabel, f.EnglishLabel),
                ExportCell.OfWholeNumber(f.Current),
                ExportCell.OfWholeNumber(f.Previous),
                ExportCell.OfWholeNumber(f.Change.Absolute),
                ExportCell.OfDecimalNumber(f.Change.Percent),
            ]));

        var byForm = new ExportTable("byForm", $"按问责方式（{period.ChineseLabel}）", $"By accountability form ({period.EnglishLabel})",
            [Text("form", "问责方式", "Accountability form"), Integer("entries", "问责人次（含党组织）", "Entries"),
             Integer("organizationEntries", "党组织", "Organisation entries"), Integer("cadreEntries", "领导干部（人次）", "Cadre entries")],
            [
                .. report.ByForm.Select(r => Row(ExportCell.OfText(Key(r.Form), r.ChineseLabel, r.EnglishLabel), r.Entries, r.OrganizationEntries, r.CadreEntries)),
                Row(TotalLabel, report.ByForm.Sum(r => r.Entries), report.ByForm.Sum(r => r.OrganizationEntries), report.ByForm.Sum(r => r.CadreEntries)),
            ]);

        var byResponsibility = new ExportTable("byResponsibility", $"按领导责任（{period.ChineseLabel}）", $"By leadership responsibility ({period.EnglishLabel})",
            [Text("responsibility", "领导责任", "Leadership responsibility"), Integer("cadres", "问责领导干部（人）", "Leading cadres held to account")],
            [
                .. report.ByResponsibility.Select(r => Row(ExportCell.OfText(r.Responsibility is { } x ? Key(x) : null, r.ChineseLabel, r.EnglishLabel), r.Cadres)),
                Row(TotalLabel, report.LeadingCadresHeldAccountable),
            ]);

        return [figures, byForm, byResponsibility, FourForms("byDisciplineForm", $"四种形态（{period.ChineseLabel}）", $"Four forms ({period.EnglishLabel})", [(null, report.ByDisciplineForm, report.DisciplinePersonTimes)])];
    }

    /// <summary>The table of a four-forms report: one row per section and form (period, region, form, person-times, share), with a total row per section.</summary>
    /// <param name="report">A four-forms report.</param>
    public static ImmutableArray<ExportTable> From(FourFormsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sections = report.Granularity == ReportGranularity.WholePeriod ? report.Sections : report.Sections.Add(report.Total);
        return [FourForms("fourForms", $"四种形态统计（{report.Period.ChineseLabel}）", $"Four forms ({report.Period.EnglishLabel})",
            [.. sections.Select(s => ((FourFormsSection?)s, s.Rows, s.PersonTimes))])];
    }

    /// <summary>The tables of an inspection report: findings by category and severity, and rectification by unit group (each with a total row).</summary>
    /// <param name="report">An inspection report.</param>
    public static ImmutableArray<ExportTable> From(InspectionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var period = report.Period;
        var findings = new ExportTable("findings", $"发现问题（{period.ChineseLabel}）", $"Findings ({period.EnglishLabel})",
            [Text("category", "问题类别", "Category"), Text("severity", "严重程度", "Severity"), Integer("findings", "问题数", "Findings")],
            [
                .. report.ByCategoryAndSeverity.Select(r => (IEnumerable<ExportCell>)
                [
                    ExportCell.OfText(r.Category, r.CategoryName, r.Category),
                    ExportCell.OfText(Key(r.Severity), Labels.ZhCn(r.Severity), Labels.En(r.Severity)),
                    ExportCell.OfWholeNumber(r.Findings),
                ]),
                [TotalLabel, ExportCell.OfText(null), ExportCell.OfWholeNumber(report.Findings)],
            ]);

        var rectification = new ExportTable("rectification", $"问题整改（{period.ChineseLabel}）", $"Rectification ({period.EnglishLabel})",
            [
                Text("unitGroup", "单位类别", "Unit group"), Integer("findings", "问题数", "Findings"),
                Integer("rectifiedOnTime", "按期整改", "Rectified on time"), Integer("rectifiedLate", "逾期整改", "Rectified late"),
                Integer("overdue", "逾期未整改", "Overdue"), Integer("open", "整改中", "Open"),
                Decimal("onTimeRate", "按期整改率（%）", "On-time rate (%)"), Decimal("lateRate", "逾期整改率（%）", "Late rate (%)"),
                Decimal("overdueRate", "逾期未整改率（%）", "Overdue rate (%)"), Decimal("openRate", "整改中（%）", "Open (%)"),
            ],
            report.ByUnitGroup.Append(report.Total).Select((r, i) => (IEnumerable<ExportCell>)
            [
                i == report.ByUnitGroup.Length ? TotalLabel : ExportCell.OfText(r.UnitGroup, r.ChineseLabel, r.EnglishLabel),
                ExportCell.OfWholeNumber(r.Findings), ExportCell.OfWholeNumber(r.RectifiedOnTime), ExportCell.OfWholeNumber(r.RectifiedLate),
                ExportCell.OfWholeNumber(r.Overdue), ExportCell.OfWholeNumber(r.Open),
                ExportCell.OfDecimalNumber(r.OnTimeRate), ExportCell.OfDecimalNumber(r.LateRate), ExportCell.OfDecimalNumber(r.OverdueRate), ExportCell.OfDecimalNumber(r.OpenRate),
            ]));

        return [findings, rectification];
    }

    private static ExportTable FourForms(string key, string chineseTitle, string englishTitle, IEnumerable<(FourFormsSection? Section, ImmutableArray<FourFormsRow> Rows, int PersonTimes)> sections)
    {
        var list = sections.ToList();
        var withSection = list.Any(s => s.Section is not null);
        ExportColumn[] columns =
        [
            .. withSection ? new[] { Text("period", "期间", "Period"), Text("region", "地区", "Region") } : [],
            Text("form", "形态", "Form"), Integer("personTimes", "人次", "Person-times"), Decimal("sharePercent", "占比（%）", "Share (%)"),
        ];
        var rows = new List<IEnumerable<ExportCell>>();
        foreach (var (section, formRows, personTimes) in list)
        {
            ExportCell[] prefix = section is null
                ? []
                : [
                    ExportCell.OfText(section.Period.EnglishLabel, section.Period.ChineseLabel, section.Period.EnglishLabel),
                    section.Region is { } region ? ExportCell.OfText(region.Value, section.RegionName, region.Value) : ExportCell.OfText(null, "全部地区", "All regions"),
                ];
            rows.AddRange(formRows.Select(r => (IEnumerable<ExportCell>)
                [.. prefix, ExportCell.OfText(Key(r.Form), r.ChineseLabel, r.EnglishLabel), ExportCell.OfWholeNumber(r.PersonTimes), ExportCell.OfDecimalNumber(r.SharePercent)]));
            rows.Add([.. prefix, TotalLabel, ExportCell.OfWholeNumber(personTimes), ExportCell.OfDecimalNumber(formRows.Sum(r => r.SharePercent))]);
        }

        return new ExportTable(key, chineseTitle, englishTitle, columns, rows);
    }

    private static IEnumerable<ExportCell> Row(ExportCell first, params int[] counts) => [first, .. counts.Select(c => ExportCell.OfWholeNumber(c))];

    private static string Key<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static ExportColumn Text(string key, string zh, string en) => new(key, zh, en, ExportValueKind.Text);

    private static ExportColumn Integer(string key, string zh, string en) => new(key, zh, en, ExportValueKind.WholeNumber);

    private static ExportColumn Decimal(string key, string zh, string en) => new(key, zh, en, ExportValueKind.DecimalNumber);
}
