using System.Collections.Immutable;
using System.Text.Json;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Localization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Reports;

namespace AccountabilityKit.Statistics.Export;

/// <summary>Turns a <see cref="StatTable"/> and the reports into labelled, typed <see cref="ExportTable"/>s for <see cref="CsvExport"/> and <see cref="JsonExport"/>.</summary>
public static class ExportTables
{
    private static readonly ExportCell TotalLabel = ExportCell.OfText(null, Texts.Chinese(nameof(Messages.Total)), Texts.English(nameof(Messages.Total)));
    private static readonly ExportCell SubtotalLabel = ExportCell.OfText(null, Texts.Chinese(nameof(Messages.Subtotal)), Texts.English(nameof(Messages.Subtotal)));

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
        return Table("statistics", Catalog.Of(nameof(Messages.ExportStatisticsTitle)), columns, rows);
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
        var figures = Table("headline", Catalog.Of(nameof(Messages.ExportHeadlineTitle), ("period", period.Label), ("previous", report.PreviousPeriod.Label)),
            [
                Text("measure", StatColumnKind.Measure),
                Integer("current", period.Label),
                Integer("previous", report.PreviousPeriod.Label),
                Integer("change", nameof(Messages.ColumnChange)),
                Decimal("changePercent", nameof(Messages.ColumnChangePercent)) with { MissingText = YearOverYearChange.NotApplicable },
            ],
            report.Figures.Select(f => (IEnumerable<ExportCell>)
            [
                ExportCell.OfText(Key(f.Measure), f.ChineseLabel, f.EnglishLabel),
                ExportCell.OfWholeNumber(f.Current),
                ExportCell.OfWholeNumber(f.Previous),
                ExportCell.OfWholeNumber(f.Change.Absolute),
                ExportCell.OfDecimalNumber(f.Change.Percent),
            ]));

        var byForm = Table("byForm", Catalog.Of(nameof(Messages.ExportByFormTitle), ("period", period.Label)),
            [Text("form", FactField.Form), Integer("entries", nameof(Messages.ColumnEntries)),
             Integer("organizationEntries", nameof(Messages.ColumnOrganizationEntries)), Integer("cadreEntries", nameof(Messages.ColumnCadreEntries))],
            [
                .. report.ByForm.Select(r => Row(ExportCell.OfText(Key(r.Form), r.ChineseLabel, r.EnglishLabel), r.Entries, r.OrganizationEntries, r.CadreEntries)),
                Row(TotalLabel, report.ByForm.Sum(r => r.Entries), report.ByForm.Sum(r => r.OrganizationEntries), report.ByForm.Sum(r => r.CadreEntries)),
            ]);

        var byResponsibility = Table("byResponsibility", Catalog.Of(nameof(Messages.ExportByResponsibilityTitle), ("period", period.Label)),
            [Text("responsibility", FactField.Responsibility), Integer("cadres", HeadlineMeasure.LeadingCadresHeldAccountable)],
            [
                .. report.ByResponsibility.Select(r => Row(ExportCell.OfText(r.Responsibility is { } x ? Key(x) : null, r.ChineseLabel, r.EnglishLabel), r.Cadres)),
                Row(TotalLabel, report.LeadingCadresHeldAccountable),
            ]);

        return [figures, byForm, byResponsibility, FourForms("byDisciplineForm", Catalog.Of(nameof(Messages.ExportDisciplineFormsTitle), ("period", period.Label)), [(null, report.ByDisciplineForm, report.DisciplinePersonTimes)])];
    }

    /// <summary>The table of a four-forms report: one row per section and form (period, region, form, person-times, share), with a total row per section.</summary>
    /// <param name="report">A four-forms report.</param>
    public static ImmutableArray<ExportTable> From(FourFormsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sections = report.Granularity == ReportGranularity.WholePeriod ? report.Sections : report.Sections.Add(report.Total);
        return [FourForms("fourForms", Catalog.Of(nameof(Messages.ExportFourFormsTitle), ("period", report.Period.Label)),
            [.. sections.Select(s => ((FourFormsSection?)s, s.Rows, s.PersonTimes))])];
    }

    /// <summary>The tables of an inspection report: findings by category and severity, and rectification by unit group (each with a total row).</summary>
    /// <param name="report">An inspection report.</param>
    public static ImmutableArray<ExportTable> From(InspectionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var period = report.Period;
        var findings = Table("findings", Catalog.Of(nameof(Messages.ExportFindingsTitle), ("period", period.Label)),
            [Text("category", nameof(Messages.ColumnCategory)), Text("severity", nameof(Messages.ColumnSeverity)), Integer("findings", nameof(Messages.ColumnFindings))],
            [
                .. report.ByCategoryAndSeverity.Select(r => (IEnumerable<ExportCell>)
                [
                    ExportCell.OfText(r.Category, r.CategoryName, r.Category),
                    ExportCell.OfText(Key(r.Severity), Labels.ZhCn(r.Severity), Labels.En(r.Severity)),
                    ExportCell.OfWholeNumber(r.Findings),
                ]),
                [TotalLabel, ExportCell.OfText(null), ExportCell.OfWholeNumber(report.Findings)],
            ]);

        var rectification = Table("rectification", Catalog.Of(nameof(Messages.ExportRectificationTitle), ("period", period.Label)),
            [
                Text("unitGroup", nameof(Messages.ColumnUnitGroup)), Integer("findings", nameof(Messages.ColumnFindings)),
                Integer("rectifiedOnTime", RectificationStatus.RectifiedOnTime), Integer("rectifiedLate", RectificationStatus.RectifiedLate),
                Integer("overdue", RectificationStatus.Overdue), Integer("open", RectificationStatus.Open),
                Decimal("onTimeRate", nameof(Messages.ColumnOnTimeRate)), Decimal("lateRate", nameof(Messages.ColumnLateRate)),
                Decimal("overdueRate", nameof(Messages.ColumnOverdueRate)), Decimal("openRate", nameof(Messages.ColumnOpenShare)),
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

    private static ExportTable FourForms(string key, Localization.Message title, IEnumerable<(FourFormsSection? Section, ImmutableArray<FourFormsRow> Rows, int PersonTimes)> sections)
    {
        var list = sections.ToList();
        var withSection = list.Any(s => s.Section is not null);
        ExportColumn[] columns =
        [
            .. withSection ? new[] { Text("period", nameof(Messages.ColumnPeriod)), Text("region", FactField.Region) } : [],
            Text("form", nameof(Messages.ColumnDisciplineForm)), Integer("personTimes", FactField.Persons), Decimal("sharePercent", nameof(Messages.ColumnSharePercent)),
        ];
        var rows = new List<IEnumerable<ExportCell>>();
        foreach (var (section, formRows, personTimes) in list)
        {
            ExportCell[] prefix = section is null
                ? []
                : [
                    ExportCell.OfText(section.Period.EnglishLabel, section.Period.ChineseLabel, section.Period.EnglishLabel),
                    section.Region is { } region ? ExportCell.OfText(region.Value, section.RegionName, region.Value) : ExportCell.OfText(null, Texts.Chinese(nameof(Messages.AllRegions)), Texts.English(nameof(Messages.AllRegions))),
                ];
            rows.AddRange(formRows.Select(r => (IEnumerable<ExportCell>)
                [.. prefix, ExportCell.OfText(Key(r.Form), r.ChineseLabel, r.EnglishLabel), ExportCell.OfWholeNumber(r.PersonTimes), ExportCell.OfDecimalNumber(r.SharePercent)]));
            rows.Add([.. prefix, TotalLabel, ExportCell.OfWholeNumber(personTimes), ExportCell.OfDecimalNumber(formRows.Sum(r => r.SharePercent))]);
        }

        return Table(key, title, columns, rows);
    }

    private static IEnumerable<ExportCell> Row(ExportCell first, params int[] counts) => [first, .. counts.Select(c => ExportCell.OfWholeNumber(c))];

    private static string Key<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static ExportTable Table(string key, Localization.Message title, IEnumerable<ExportColumn> columns, IEnumerable<IEnumerable<ExportCell>> rows) =>
        new(key, title.Chinese(), title.English(), columns, rows);

    // A column headed by a catalogue entry (its key), by a catalogue message, or by the label of an enum member.
    private static ExportColumn Text(string key, string header) => Column(key, Catalog.Of(header), ExportValueKind.Text);

    private static ExportColumn Text<T>(string key, T label)
        where T : struct, Enum => new(key, Labels.ZhCn(label), Labels.En(label), ExportValueKind.Text);

    private static ExportColumn Integer(string key, string header) => Column(key, Catalog.Of(header), ExportValueKind.WholeNumber);

    private static ExportColumn Integer(string key, Localization.Message header) => Column(key, header, ExportValueKind.WholeNumber);

    private static ExportColumn Integer<T>(string key, T label)
        where T : struct, Enum => new(key, Labels.ZhCn(label), Labels.En(label), ExportValueKind.WholeNumber);

    private static ExportColumn Decimal(string key, string header) => Column(key, Catalog.Of(header), ExportValueKind.DecimalNumber);

    private static ExportColumn Column(string key, Localization.Message header, ExportValueKind kind) => new(key, header.Chinese(), header.English(), kind);
}
