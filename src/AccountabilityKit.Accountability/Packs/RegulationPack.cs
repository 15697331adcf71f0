using System.Collections.Frozen;
using System.Collections.Immutable;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Accountability.Procedure;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>
/// A loaded, validated and immutable regulation pack for one regulation version: the allowed forms per subject kind
/// in severity order, the authority matrix, circumstances, modifiers, procedure time limits, influence periods and
/// the four-forms classification. A local pack that extends another is stored merged (its entries replace the base
/// entries of the same id). Read packs with <see cref="RegulationPackJson"/>, take the shipped ones from <see cref="BuiltInRegulationPacks"/>, and hold the packs in force in a <see cref="RegulationPackCatalog"/>.
/// </summary>
public sealed class RegulationPack
{
    private readonly FrozenDictionary<(SubjectKind, AccountabilityForm), FormRule> _forms;
    private readonly FrozenDictionary<(AccountabilityAuthorityKind, SubjectKind, AccountabilityForm), AuthorityRule> _authorities;
    private readonly FrozenDictionary<Circumstance, CircumstanceRule> _circumstances;
    private readonly FrozenDictionary<ModifierKind, ModifierRule> _modifiers;
    private readonly FrozenDictionary<ProcedureStep, TimeLimitRule> _timeLimits;
    private readonly FrozenDictionary<DisciplineMeasure, FourFormsRule> _fourForms;
    private readonly ImmutableArray<FormRule> _organizationForms;
    private readonly ImmutableArray<FormRule> _cadreForms;

    internal RegulationPack(
        string id,
        string regulationVersion,
        string title,
        string? extends,
        ImmutableArray<FormRule> forms,
        ImmutableArray<AuthorityRule> authorities,
        ImmutableArray<CircumstanceRule> circumstances,
        ImmutableArray<ModifierRule> modifiers,
        ImmutableArray<TimeLimitRule> timeLimits,
        ImmutableArray<InfluencePeriodRule> influencePeriods,
        ImmutableArray<FourFormsRule> fourForms)
    {
        Id = id;
        RegulationVersion = regulationVersion;
        Title = title;
        Extends = extends;
        Forms = forms;
        Authorities = authorities;
        Circumstances = circumstances;
        Modifiers = modifiers;
        TimeLimits = timeLimits;
        InfluencePeriods = influencePeriods;
        FourForms = fourForms;
        _forms = LastWins(forms, static f => (f.SubjectKind, f.Form));
        _authorities = LastWins(authorities, static a => (a.AuthorityKind, a.SubjectKind, a.Form));
        _circumstances = LastWins(circumstances, static c => c.Circumstance);
        _modifiers = LastWins(modifiers, static m => m.Kind);
        _timeLimits = LastWins(timeLimits, static t => t.Step);
        _fourForms = LastWins(fourForms, static f => f.Measure);
        _organizationForms = [.. _forms.Values.Where(static f => f.SubjectKind == SubjectKind.Organization).OrderBy(static f => f.Severity)];
        _cadreForms = [.. _forms.Values.Where(static f => f.SubjectKind == SubjectKind.Cadre).OrderBy(static f => f.Severity)];
    }

    /// <summary>The pack id, e.g. <c>ARR2019-default</c> or a province's <c>JS-2020</c>.</summary>
    public string Id { get; }

    /// <summary>The regulation version the pack encodes (<c>ARR2019</c> or <c>ARR2016</c>); its citations use that numbering.</summary>
    public string RegulationVersion { get; }

    /// <summary>The pack's title.</summary>
    public string Title { get; }

    /// <summary>The id of the pack this one extends (overrides), or null for a base pack.</summary>
    public string? Extends { get; }

    /// <summary>The form entries.</summary>
    public ImmutableArray<FormRule> Forms { get; }

    /// <summary>The authority matrix entries.</summary>
    public ImmutableArray<AuthorityRule> Authorities { get; }

    /// <summary>The circumstance entries.</summary>
    public ImmutableArray<CircumstanceRule> Circumstances { get; }

    /// <summary>The modifier entries.</summary>
    public ImmutableArray<ModifierRule> Modifiers { get; }

    /// <summary>The procedure time limits.</summary>
    public ImmutableArray<TimeLimitRule> TimeLimits { get; }

    /// <summary>The influence-period entries.</summary>
    public ImmutableArray<InfluencePeriodRule> InfluencePeriods { get; }

    /// <summary>The four-forms classification.</summary>
    public ImmutableArray<FourFormsRule> FourForms { get; }

    /// <summary>Every entry of every section.</summary>
    public IEnumerable<PackEntry> Entries =>
        Forms.Cast<PackEntry>().Concat(Authorities).Concat(Circumstances).Concat(Modifiers).Concat(TimeLimits).Concat(InfluencePeriods).Concat(FourForms);

    /// <summary>The forms allowed for a subject kind, lightest first.</summary>
    /// <param name="subjectKind">Organisation or cadre.</param>
    /// <returns>The ordered forms (empty for an undefined subject kind).</returns>
    public ImmutableArray<FormRule> FormsFor(SubjectKind subjectKind) => subjectKind switch
    {
        SubjectKind.Organization => _organizationForms,
        SubjectKind.Cadre => _cadreForms,
        _ => [],
    };

    /// <summary>Finds the entry allowing <paramref name="form"/> for <paramref name="subjectKind"/>.</summary>
    /// <param name="subjectKind">Organisation or cadre.</param>
    /// <param name="form">The form.</param>
    /// <param name="rule">The entry, or null.</param>
    /// <returns>True when the form is allowed.</returns>
    public bool TryGetForm(SubjectKind subjectKind, AccountabilityForm form, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FormRule? rule) =>
        _forms.TryGetValue((subjectKind, form), out rule);

    /// <summary>Finds the authority-matrix entry for an authority, subject kind and form.</summary>
    /// <param name="authorityKind">The authority.</param>
    /// <param name="subjectKind">Organisation or cadre.</param>
    /// <param name="form">The form.</param>
    /// <param name="rule">The entry, or null.</param>
    /// <returns>True when the matrix has the cell.</returns>
    public bool TryGetAuthority(AccountabilityAuthorityKind authorityKind, SubjectKind subjectKind, AccountabilityForm form, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AuthorityRule? rule) =>
        _authorities.TryGetValue((authorityKind, subjectKind, form), out rule);

    /// <summary>Finds the entry of a circumstance in this version.</summary>
    /// <param name="circumstance">The circumstance.</param>
    /// <param name="rule">The entry, or null.</param>
    /// <returns>True when the version knows the circumstance.</returns>
    public bool TryGetCircumstance(Circumstance circumstance, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CircumstanceRule? rule) =>
        _circumstances.TryGetValue(circumstance, out rule);

    /// <summary>Finds the entry of a modifier.</summary>
    /// <param name="kind">The modifier.</param>
    /// <param name="rule">The entry, or null.</param>
    /// <returns>True when the pack defines it.</returns>
    public bool TryGetModifier(ModifierKind kind, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ModifierRule? rule) =>
        _modifiers.TryGetValue(kind, out rule);

    /// <summary>Finds the time limit of a procedure step.</summary>
    /// <param name="step">The step.</param>
    /// <param name="rule">The entry, or null.</param>
    /// <returns>True when the step has a limit.</returns>
    public bool TryGetTimeLimit(ProcedureStep step, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TimeLimitRule? rule) =>
        _timeLimits.TryGetValue(step, out rule);

    /// <summary>Finds the form a measure counts under.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="rule">The entry, or null.</param>
    /// <returns>True when the pack classifies the measure.</returns>
    public bool TryClassify(DisciplineMeasure measure, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FourFormsRule? rule) =>
        _fourForms.TryGetValue(measure, out rule);

    /// <summary>The influence-period entries that follow a decided form (and its kind).</summary>
    /// <param name="form">The form.</param>
    /// <param name="adjustment">The organisational adjustment kind, if any.</param>
    /// <param name="sanction">The sanction, if any.</param>
    /// <returns>The matching entries, in pack order.</returns>
    public IEnumerable<InfluencePeriodRule> InfluencePeriodsFor(AccountabilityForm form, OrganizationalAdjustmentKind? adjustment, DisciplinarySanction? sanction) =>
        InfluencePeriods.Where(p => p.Form == form
            && (p.Adjustment is null || p.Adjustment == adjustment)
            && (p.Sanction is null || p.Sanction == sanction));

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({RegulationVersion})";

    private static FrozenDictionary<TKey, T> LastWins<TKey, T>(ImmutableArray<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var map = new Dictionary<TKey, T>();
        foreach (var item in items)
        {
            map[key(item)] = item;
        }

        return map.ToFrozenDictionary();
    }
}
