using System.Collections.Immutable;
using System.Globalization;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>
/// The headline figures of accountability for a period and a <see cref="DataScope"/>, as a city publishes them
/// ("问责案件277起，问责党组织134个、领导干部237人；通报典型案例41起，分10批；运用第一种形态21人次"), broken down by
/// accountability form, by leadership responsibility and by the four forms, each with its change against the same
/// period a year earlier. The figures are a few <see cref="StatRequest"/>s run through an executor, so each equals
/// what the same request gives by hand; the first-form figure counts <see cref="DisciplineMeasureFact"/> person-times
/// (one per person per case, in the heaviest form), and the per-measure tally is <see cref="DisciplineMeasures"/>.
/// </summary>
public sealed record HeadlineReport
{
    private HeadlineReport()
    {
    }

    /// <summary>The period reported.</summary>
    public ReportPeriod Period { get; init; } = null!;

    /// <summary>The comparison period: the same quarters a year earlier.</summary>
    public ReportPeriod PreviousPeriod => Period.SamePeriodLastYear();

    /// <summary>Cases held to account (<c>DistinctCount(Case)</c>: under a scope, a case counts when any of its subjects is in scope).</summary>
    public int Cases { get; init; }

    /// <summary>Party organisations held to account, one per organisation per case (<c>Sum(Subjects)</c> of organisations).</summary>
    public int OrganizationsHeldAccountable { get; init; }

    /// <summary>Distinct units among the organisations held to account.</summary>
    public int DistinctOrganizations { get; init; }

    /// <summary>Leading cadres held to account, one per cadre per case (<c>Sum(Subjects)</c> of cadres).</summary>
    public int LeadingCadresHeldAccountable { get; init; }

    /// <summary>Distinct persons among the leading cadres held to account.</summary>
    public int DistinctLeadingCadres { get; init; }

    /// <summary>Typical cases circulated (<c>DistinctCount(Case)</c> of typical cases).</summary>
    public int TypicalCases { get; init; }

    /// <summary>Distinct notice batches of the typical cases.</summary>
    public int NoticeBatches { get; init; }

    /// <summary>Uses of the first form in person-times (the <see cref="DisciplineMeasureFact.PersonTimes"/> of <see cref="DisciplineForm.First"/>: handlings whose heaviest measure is of the first form).</summary>
    public int FirstFormPersonTimes { get; init; }

    /// <summary>Accountability entries (one form applied to one subject); the sum of <see cref="ByForm"/>.</summary>
    public int Entries { get; init; }

    /// <summary>Person-times under all four forms (one per handling — one person in one case — in its heaviest form); the sum of <see cref="ByDisciplineForm"/>.</summary>
    public int DisciplinePersonTimes { get; init; }

    /// <summary>The per-measure tally under all four forms (every <see cref="DisciplineMeasureFact"/> row counted); the sum of the rows' <see cref="FourFormsRow.Measures"/>, never less than <see cref="DisciplinePersonTimes"/>.</summary>
    public int DisciplineMeasures { get; init; }

    /// <summary>Every headline figure with its year-over-year change, in <see cref="HeadlineMeasure"/> order.</summary>
    public ImmutableArray<HeadlineFigure> Figures { get; init; } = [];

    /// <summary>Entries per accountability form, every form in declaration order; sums to <see cref="Entries"/>.</summary>
    public ImmutableArray<FormBreakdownRow> ByForm { get; init; } = [];

    /// <summary>Leading cadres held to account per leadership responsibility (the last row: not determined); sums to <see cref="LeadingCadresHeldAccountable"/>.</summary>
    public ImmutableArray<ResponsibilityBreakdownRow> ByResponsibility { get; init; } = [];

    /// <summary>Person-times and shares of the four forms; sums to <see cref="DisciplinePersonTimes"/>.</summary>
    public ImmutableArray<FourFormsRow> ByDisciplineForm { get; init; } = [];

    /// <summary>The figure of <paramref name="measure"/>.</summary>
    /// <param name="measure">A headline measure.</param>
    public HeadlineFigure this[HeadlineMeasure measure] => Figures.First(f => f.Measure == measure);

    /// <summary>The report over fact objects, run through <see cref="LinqStatExecutor"/>.</summary>
    /// <param name="facts">Accountability facts (any period; the report keeps the period and the previous year's).</param>
    /// <param name="measures">Four-forms facts.</param>
    /// <param name="period">The period.</param>
    /// <param name="scope">The units the caller may see, or none for all.</param>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">An input item is missing (ST022, <c>$.facts[i]</c> / <c>$.measures[i]</c>).</exception>
    public static HeadlineReport Create(IEnumerable<AccountabilityFact> facts, IEnumerable<DisciplineMeasureFact> measures, ReportPeriod period, DataScope? scope)
    {
        var list = ReportInputs.Materialize(facts, "facts");
        return Create(request => LinqStatExecutor.Execute(list, request), measures, period, scope);
    }

    /// <summary>The report over a columnar <see cref="FactTable"/>, run through <see cref="ColumnarStatExecutor"/> (same result as over the fact objects).</summary>
    /// <param name="facts">Accountability facts.</param>
    /// <param name="measures">Four-forms facts.</param>
    /// <param name="period">The period.</param>
    /// <param name="scope">The units the caller may see, or none for all.</param>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">An input item is missing (ST022, <c>$.measures[i]</c>).</exception>
    public static HeadlineReport Create(FactTable facts, IEnumerable<DisciplineMeasureFact> measures, ReportPeriod period, DataScope? scope)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Create(request => ColumnarStatExecutor.Execute(facts, request), measures, period, scope);
    }

    /// <summary>
    /// The headline sentence as a catalogue message (<c>Statistics.HeadlineSummary</c>, arguments <c>cases</c>,
    /// <c>organizations</c>, <c>cadres</c>, <c>typicalCases</c>, <c>batches</c>, <c>firstForm</c>), for a host that renders it itself.
    /// </summary>
    public Message Summary => Catalog.Of(nameof(Messages.HeadlineSummary),
        ("cases", Cases), ("organizations", OrganizationsHeldAccountable), ("cadres", LeadingCadresHeldAccountable),
        ("typicalCases", TypicalCases), ("batches", NoticeBatches), ("firstForm", FirstFormPersonTimes));

    /// <summary>
    /// The headline sentence in <paramref name="culture"/> (zh-CN for every culture but English; the current UI culture
    /// when null): "问责案件277起，问责党组织134个、领导干部237人；通报典型案例41起，分10批；运用第一种形态21人次" or
    /// "Cases held to account: 277; Party organisations held to account: 134; …".
    /// </summary>
    /// <param name="culture">The culture, or null for the current UI culture.</param>
    public string ToSummary(CultureInfo? culture = null) => Summary.Render(culture);

    /// <summary>The published sentence, e.g. "问责案件277起，问责党组织134个、领导干部237人；通报典型案例41起，分10批；运用第一种形态21人次" (<see cref="ToSummary"/> in zh-CN).</summary>
    public string ToChineseSummary() => ToSummary(MessageCatalog.Chinese);

    /// <summary>The same sentence in English (<see cref="ToSummary"/> in English).</summary>
    public string ToEnglishSummary() => ToSummary(MessageCatalog.English);

    private static HeadlineReport Create(Func<StatRequest, StatTable> run, IEnumerable<DisciplineMeasureFact> measures, ReportPeriod period, DataScope? scope)
    {
        ArgumentNullException.ThrowIfNull(period);
        var measureList = ReportInputs.Materialize(measures, "measures");
        var current = Snapshot.Of(run, measureList, period, scope);
        var previous = Snapshot.Of(run, measureList, period.SamePeriodLastYear(), scope);

        var inPeriod = new StatRequest { Measures = [StatMeasure.Count()], From = period.From, To = period.To, Scope = scope, IncludeGrandTotal = true };

        var byForm = run(inPeriod with
        {
            Dimensions = [FactField.Form],
            Measures = [StatMeasure.Count(), StatMeasure.Sum(FactField.Organizations), StatMeasure.Sum(FactField.Persons)],
        });
        var formRows = Enum.GetValues<AccountabilityForm>()
            .Select(form =>
            {
                var row = Group(byForm, form.ToString());
                var entries = StatValues.Count(row, 0);
                var organizations = StatValues.Count(row, 1);
                return new FormBreakdownRow(form, entries, organizations, entries - organizations, StatValues.Count(row, 2));
            })
            .ToImmutableArray();

        var byResponsibility = run(inPeriod with
        {
            Dimensions = [FactField.Responsibility],
            Measures = [StatMeasure.Sum(FactField.Subjects)],
            Filters = [new DimensionFilter(FactField.SubjectKind, [nameof(SubjectKind.Cadre)])],
        });
        var responsibilityRows = Enum.GetValues<LeadershipResponsibility>()
            .Select(r => new ResponsibilityBreakdownRow(r, StatValues.Count(Group(byResponsibility, r.ToString()), 0)))
            .Append(new ResponsibilityBreakdownRow(null, StatValues.Count(Group(byResponsibility, null), 0)))
            .ToImmutableArray();

        var fourForms = FourFormsSection.CountRows(measureList.Where(m => InScope(m, period, scope)));

        return new HeadlineReport
        {
            Period = period,
            Cases = current.Cases,
            OrganizationsHeldAccountable = current.Organizations,
            DistinctOrganizations = current.DistinctOrganizations,
            LeadingCadresHeldAccountable = current.Cadres,
            DistinctLeadingCadres = current.DistinctCadres,
            TypicalCases = current.TypicalCases,
            NoticeBatches = current.NoticeBatches,
            FirstFormPersonTimes = current.FirstForm,
            Entries = StatValues.Count(byForm.GrandTotal, 0),
            DisciplinePersonTimes = fourForms.Sum(r => r.PersonTimes),
            DisciplineMeasures = fourForms.Sum(r => r.Measures),
            Figures =
            [
                new(HeadlineMeasure.Cases, current.Cases, previous.Cases),
                new(HeadlineMeasure.OrganizationsHeldAccountable, current.Organizations, previous.Organizations),
                new(HeadlineMeasure.DistinctOrganizations, current.DistinctOrganizations, previous.DistinctOrganizations),
                new(HeadlineMeasure.LeadingCadresHeldAccountable, current.Cadres, previous.Cadres),
                new(HeadlineMeasure.DistinctLeadingCadres, current.DistinctCadres, previous.DistinctCadres),
                new(HeadlineMeasure.TypicalCases, current.TypicalCases, previous.TypicalCases),
                new(HeadlineMeasure.NoticeBatches, current.NoticeBatches, previous.NoticeBatches),
                new(HeadlineMeasure.FirstFormPersonTimes, current.FirstForm, previous.FirstForm),
            ],
            ByForm = formRows,
            ByResponsibility = responsibilityRows,
            ByDisciplineForm = fourForms,
        };
    }

    private static StatRow? Group(StatTable table, string? key) => table.Groups.FirstOrDefault(r => string.Equals(r.Keys[0], key, StringComparison.Ordinal));

    private static bool InScope(DisciplineMeasureFact m, ReportPeriod period, DataScope? scope) =>
        period.Contains(m.Quarter) && (scope is null || scope.Contains(m.Unit));

    private readonly record struct Snapshot(int Cases, int Organizations, int DistinctOrganizations, int Cadres, int DistinctCadres, int TypicalCases, int NoticeBatches, int FirstForm)
    {
        public static Snapshot Of(Func<StatRequest, StatTable> run, List<DisciplineMeasureFact> measures, ReportPeriod period, DataScope? scope)
        {
            var request = new StatRequest { Measures = [StatMeasure.Count()], From = period.From, To = period.To, Scope = scope };
            var totals = run(request with { Measures = [StatMeasure.DistinctCount(FactField.Case)] }).GrandTotal;
            var subjects = run(request with
            {
                Dimensions = [FactField.SubjectKind],
                Measures = [StatMeasure.Sum(FactField.Subjects), StatMeasure.DistinctCount(FactField.Unit), StatMeasure.DistinctCount(FactField.Person)],
            });
            var organizations = Group(subjects, nameof(SubjectKind.Organization));
            var cadres = Group(subjects, nameof(SubjectKind.Cadre));
            var batches = run(request with
            {
                Measures = [StatMeasure.DistinctCount(FactField.Case), StatMeasure.DistinctCount(FactField.NoticeBatch)],
                Filters = [new DimensionFilter(FactField.Typical, ["true"])],
            }).GrandTotal;
            var firstForm = measures.Where(m => m.Form == DisciplineForm.First && InScope(m, period, scope)).Sum(m => m.PersonTimes);
            return new Snapshot(
                StatValues.Count(totals, 0),
                StatValues.Count(organizations, 0),
                StatValues.Count(organizations, 1),
                StatValues.Count(cadres, 0),
                StatValues.Count(cadres, 2),
                StatValues.Count(batches, 0),
                StatValues.Count(batches, 1),
                firstForm);
        }
    }
}
