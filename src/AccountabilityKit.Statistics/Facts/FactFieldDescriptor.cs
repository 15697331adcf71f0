using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.Statistics.Facts;

/// <summary>
/// Everything the package knows about one <see cref="FactField"/>, written once (as NodaTime describes each calendar
/// once in <c>CalendarSystem</c>): its key (the JSON name, export column key and issue path), its zh-CN and English
/// labels, the <see cref="AccountabilityFact"/> property that holds it (also the default column name of a database
/// mapping), how to read its canonical text or number from a fact, and the display labels of its canonical texts.
/// The engines, the export and the query translation read this table instead of switching on the field.
/// </summary>
internal sealed class FactFieldDescriptor
{
    private static readonly FrozenDictionary<FactField, FactFieldDescriptor> ByField = new FactFieldDescriptor[]
    {
        Dimension(FactField.Case, nameof(AccountabilityFact.CaseId), f => f.CaseId),
        Dimension(FactField.Region, nameof(AccountabilityFact.Region), f => f.Region.Value),
        Dimension(FactField.Unit, nameof(AccountabilityFact.Unit), f => f.Unit.Value),
        Dimension(FactField.UnitKind, nameof(AccountabilityFact.UnitKind), f => f.UnitKind.ToString(), EnumLabels<UnitKind>, isEnum: true),
        Dimension(FactField.Year, nameof(AccountabilityFact.Year), f => f.Year.ToString(CultureInfo.InvariantCulture), YearLabels),
        Dimension(FactField.Quarter, nameof(AccountabilityFact.Quarter), f => f.Quarter.ToString(), QuarterLabels),
        Dimension(FactField.SubjectKind, nameof(AccountabilityFact.SubjectKind), f => f.SubjectKind.ToString(), EnumLabels<SubjectKind>, isEnum: true),
        Dimension(FactField.Form, nameof(AccountabilityFact.Form), f => f.Form.ToString(), EnumLabels<AccountabilityForm>, isEnum: true),
        Dimension(FactField.Adjustment, nameof(AccountabilityFact.Adjustment), f => f.Adjustment?.ToString(), EnumLabels<OrganizationalAdjustmentKind>, isEnum: true),
        Dimension(FactField.Sanction, nameof(AccountabilityFact.Sanction), f => f.Sanction?.ToString(), EnumLabels<DisciplinarySanction>, isEnum: true),
        Dimension(FactField.Responsibility, nameof(AccountabilityFact.Responsibility), f => f.Responsibility?.ToString(), EnumLabels<LeadershipResponsibility>, isEnum: true),
        Dimension(FactField.Circumstance, nameof(AccountabilityFact.Circumstance), f => f.Circumstance?.ToString(), EnumLabels<Circumstance>, isEnum: true),
        Dimension(FactField.Typical, nameof(AccountabilityFact.IsTypical), f => f.IsTypical ? "true" : "false", TypicalLabels),
        Dimension(FactField.NoticeBatch, nameof(AccountabilityFact.NoticeBatch), f => f.NoticeBatch),
        Dimension(FactField.Person, nameof(AccountabilityFact.Person), f => f.Person?.Value),
        Numeric(FactField.Persons, nameof(AccountabilityFact.Persons), f => f.Persons),
        Numeric(FactField.Organizations, nameof(AccountabilityFact.Organizations), f => f.Organizations),
        Numeric(FactField.Cases, nameof(AccountabilityFact.Cases), f => f.Cases),
        Numeric(FactField.Subjects, nameof(AccountabilityFact.Subjects), f => f.Subjects),
        Numeric(FactField.TypicalCases, nameof(AccountabilityFact.TypicalCases), f => f.TypicalCases),
    }.ToFrozenDictionary(d => d.Field);

    private readonly Func<AccountabilityFact, string?>? _text;
    private readonly Func<AccountabilityFact, int>? _number;
    private readonly Func<string, (string Chinese, string English)?>? _labels;

    private FactFieldDescriptor(FactField field, string property, Func<AccountabilityFact, string?>? text, Func<AccountabilityFact, int>? number,
        Func<string, (string Chinese, string English)?>? labels, bool isEnum)
    {
        IsEnum = isEnum;
        Field = field;
        Property = property;
        Key = JsonNamingPolicy.CamelCase.ConvertName(field.ToString());
        ChineseLabel = Labels.ZhCn(field);
        EnglishLabel = Labels.En(field);
        _text = text;
        _number = number;
        _labels = labels;
    }

    /// <summary>The field.</summary>
    public FactField Field { get; }

    /// <summary>Whether the field is a dimension (grouped, filtered, distinct-counted); otherwise it is numeric.</summary>
    public bool IsDimension => _text is not null;

    /// <summary>Whether the field's canonical texts are enum member names (its exported code is then the camelCase JSON spelling, see <see cref="CodeOf"/>).</summary>
    public bool IsEnum { get; }

    /// <summary>The camelCase key: the JSON name, the export column key and the issue path of the field (<c>region</c>, <c>typical</c>, <c>persons</c>).</summary>
    public string Key { get; }

    /// <summary>The zh-CN label (from the field's <see cref="LabelAttribute"/>).</summary>
    public string ChineseLabel { get; }

    /// <summary>The English label (from the field's <see cref="LabelAttribute"/>).</summary>
    public string EnglishLabel { get; }

    /// <summary>
    /// The <see cref="AccountabilityFact"/> property that holds the field, which is also the column a database mapping
    /// stores it in by default (<c>CaseId</c>, <c>IsTypical</c>); <see cref="FactField.Year"/> is computed from the
    /// quarter, so a mapping stores it in a column of its own.
    /// </summary>
    public string Property { get; }

    /// <summary>Every field, in declaration order.</summary>
    public static IEnumerable<FactFieldDescriptor> All => FactFields.Dimensions.Concat(FactFields.Numerics).Select(Of);

    /// <summary>The descriptor of <paramref name="field"/>.</summary>
    /// <param name="field">A field.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="field"/> is not a defined field.</exception>
    public static FactFieldDescriptor Of(FactField field) =>
        ByField.TryGetValue(field, out var descriptor) ? descriptor : throw new ArgumentOutOfRangeException(nameof(field), field, "Not a fact field.");

    /// <summary>The canonical text of the field (a dimension) on <paramref name="fact"/>; <see langword="null"/> for an absent value.</summary>
    /// <param name="fact">A fact.</param>
    /// <exception cref="ArgumentOutOfRangeException">The field is not a dimension.</exception>
    public string? TextOf(AccountabilityFact fact) =>
        _text is { } text ? text(fact) : throw new ArgumentOutOfRangeException(nameof(fact), Field, "Not a dimension.");

    /// <summary>The value of the field (numeric) on <paramref name="fact"/>.</summary>
    /// <param name="fact">A fact.</param>
    /// <exception cref="ArgumentOutOfRangeException">The field is not numeric.</exception>
    public int NumberOf(AccountabilityFact fact) =>
        _number is { } number ? number(fact) : throw new ArgumentOutOfRangeException(nameof(fact), Field, "Not a numeric field.");

    /// <summary>The zh-CN and English display labels of a canonical text of the field, where it has them (enum labels, quarters, years, yes/no).</summary>
    /// <param name="text">A canonical text (see <see cref="FactValues"/>).</param>
    public (string Chinese, string English)? LabelsOf(string text) => _labels?.Invoke(text);

    /// <summary>
    /// The code an export writes for a canonical text of the field: for an enum field the member's camelCase JSON
    /// spelling (<c>Admonishment</c> → <c>admonishment</c>, as <see cref="LabelledValue"/> and the fact's own JSON write
    /// it); every other text unchanged (<c>2021Q2</c>, <c>true</c>, a unit id).
    /// </summary>
    /// <param name="text">A canonical text (see <see cref="FactValues"/>).</param>
    public string CodeOf(string text) => IsEnum ? JsonNamingPolicy.CamelCase.ConvertName(text) : text;

    private static FactFieldDescriptor Dimension(FactField field, string property, Func<AccountabilityFact, string?> text,
        Func<string, (string Chinese, string English)?>? labels = null, bool isEnum = false) => new(field, property, text, null, labels, isEnum);

    private static FactFieldDescriptor Numeric(FactField field, string property, Func<AccountabilityFact, int> number) =>
        new(field, property, null, number, null, false);

    private static (string, string)? EnumLabels<T>(string text)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) ? (Labels.ZhCn(value), Labels.En(value)) : null;

    private static (string, string)? QuarterLabels(string text) =>
        AssessmentQuarter.TryParse(text, out var q) ? (q.ToChineseString(), q.ToString()) : null;

    private static (string, string)? YearLabels(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? (Catalog.Of(nameof(Messages.PeriodYear), ("year", y)).Chinese(), text) : null;

    private static (string, string)? TypicalLabels(string text) => text switch
    {
        "true" => Both(Catalog.Of(nameof(Messages.Yes))),
        "false" => Both(Catalog.Of(nameof(Messages.No))),
        _ => null,
    };

    private static (string, string) Both(Message message) => (message.Chinese(), message.English());
}
