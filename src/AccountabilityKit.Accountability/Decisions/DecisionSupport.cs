using System.Collections.Immutable;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Accountability.Decisions;

/// <summary>
/// Suggests the range of forms for a subject (decision support, never the decision). The base range follows the harm
/// level (ARR2019 Art. 8: general → circulated notice or admonishment; fairly serious → organisational adjustment;
/// serious → disciplinary sanction). The pack's modifier entries then shift the range one step (减轻 / 加重), narrow it
/// within itself (从轻 / 从重), or empty it (免予 / 不予问责). Each kind counts once; opposite narrowings cancel, and so do
/// opposite shifts. Mitigation therefore never yields a heavier range and aggravation never a lighter one.
/// </summary>
public static class DecisionSupport
{
    /// <summary>Suggests the forms.</summary>
    /// <param name="pack">The regulation pack.</param>
    /// <param name="subjectKind">Organisation or cadre.</param>
    /// <param name="harm">The harm level.</param>
    /// <param name="circumstances">The Art. 7 circumstances (at least one).</param>
    /// <param name="modifiers">The modifiers found.</param>
    /// <param name="responsibility">The subject's leadership responsibility, if known (recorded in the explanation).</param>
    /// <returns>The recommendation.</returns>
    /// <exception cref="ValidationFailedException">No circumstance, a circumstance or modifier the pack does not know, or a subject kind without forms (codes AC028, AC032).</exception>
    public static FormRecommendation Recommend(
        RegulationPack pack,
        SubjectKind subjectKind,
        HarmLevel harm,
        IEnumerable<Circumstance> circumstances,
        IEnumerable<ModifierKind> modifiers,
        LeadershipResponsibility? responsibility = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(circumstances);
        ArgumentNullException.ThrowIfNull(modifiers);
        var forms = pack.FormsFor(subjectKind);
        var steps = ImmutableArray.CreateBuilder<DecisionStep>();
        // Paths are parameter names (this validates arguments, not a document).
        var issues = new ValidationReportBuilder();
        if (!Enum.IsDefined(harm))
        {
            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.UndefinedEnumValue, "harm", Catalog.Of(nameof(Messages.ValueUndefined), ("what", Catalog.Of(nameof(Messages.WhatHarm))), MessageArgs.Enum("value", harm))));
        }

        var circumstanceList = circumstances.ToList();
        if (circumstanceList.Count == 0)
        {
            issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.MissingCircumstance, "circumstances", Catalog.Of(nameof(Messages.CircumstanceRequired)), AccountabilityRules.CircumstancesArticle(pack)));
        }

        var circumstanceRules = new List<CircumstanceRule>();
        for (var i = 0; i < circumstanceList.Count; i++)
        {
            if (pack.TryGetCircumstance(circumstanceList[i], out var rule))
            {
                circumstanceRules.Add(rule);
            }
            else
            {
                issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.MissingCircumstance, JsonPaths.Index("circumstances", i), Catalog.Of(nameof(Messages.CircumstanceNotInPack), MessageArgs.Enum("circumstance", circumstanceList[i]), ("pack", pack.Id)), AccountabilityRules.CircumstancesArticle(pack)));
            }
        }

        var modifierRules = new List<ModifierRule>();
        foreach (var (kind, i) in modifiers.Distinct().Select((k, i) => (k, i)))
        {
            if (pack.TryGetModifier(kind, out var rule))
            {
                modifierRules.Add(rule);
            }
            else
            {
                issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, JsonPaths.Index("modifiers", i), Catalog.Of(nameof(Messages.ModifierNotInPack), ("pack", pack.Id), MessageArgs.Enum("modifier", kind))));
            }
        }

        if (forms.IsEmpty)
        {
            issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, "subjectKind", Catalog.Of(nameof(Messages.NoFormsForSubject), ("pack", pack.Id), MessageArgs.Enum("subject", subjectKind))));
        }

        issues.Build().ThrowIfInvalid();

        foreach (var rule in circumstanceRules)
        {
            steps.Add(new DecisionStep(Catalog.Of(nameof(Messages.StepCircumstance), MessageArgument.Of("circumstance", rule.Circumstance)), rule.Citation, rule.Status, rule.Id, []));
        }

        if (responsibility is { } r)
        {
            steps.Add(new DecisionStep(Catalog.Of(nameof(Messages.StepResponsibility), MessageArgs.Enum("responsibility", r)), Citation.Parse("ARR2019 Art. 6"), VerificationStatus.Verified, null, []));
        }

        var (low, high) = BaseRange(forms, harm);
        var basis = forms[high];
        steps.Add(new DecisionStep(Catalog.Of(nameof(Messages.StepBaseRange), MessageArgument.Of("harm", harm)), basis.Citation, basis.Status, basis.Id, Slice(forms, low, high)));

        var shift = 0;
        var lighter = modifierRules.FirstOrDefault(static m => m.Effect == ModifierEffect.ShiftLighter);
        var heavier = modifierRules.FirstOrDefault(static m => m.Effect == ModifierEffect.ShiftHeavier);
        shift += heavier is null ? 0 : 1;
        shift -= lighter is null ? 0 : 1;
        if (shift != 0)
        {
            var rule = shift < 0 ? lighter! : heavier!;
            low = Math.Clamp(low + shift, 0, forms.Length - 1);
            high = Math.Clamp(high + shift, 0, forms.Length - 1);
            steps.Add(new DecisionStep(Catalog.Of(shift < 0 ? nameof(Messages.StepShiftLighter) : nameof(Messages.StepShiftHeavier), MessageArgument.Of("modifier", rule.Kind)), rule.Citation, rule.Status, rule.Id, Slice(forms, low, high)));
        }
        else if (lighter is not null && heavier is not null)
        {
            steps.Add(new DecisionStep(Catalog.Of(nameof(Messages.StepShiftsCancel)), lighter.Citation, lighter.Status, lighter.Id, Slice(forms, low, high)));
        }

        var toLighter = modifierRules.FirstOrDefault(static m => m.Effect == ModifierEffect.NarrowToLighter);
        var toHeavier = modifierRules.FirstOrDefault(static m => m.Effect == ModifierEffect.NarrowToHeavier);
        if (toLighter is not null && toHeavier is null)
        {
            high = low;
            steps.Add(new DecisionStep(Catalog.Of(nameof(Messages.StepNarrowLighter), MessageArgument.Of("modifier", toLighter.Kind)), toLighter.Citation, toLighter.Status, toLighter.Id, Slice(forms, low, high)));
        }
        else if (toHeavier is not null && toLighter is null)
        {
            low = high;
            steps.Add(new DecisionStep(Catalog.Of(nameof(Messages.StepNarrowHeavier), MessageArgument.Of("modifier", toHeavier.Kind)), toHeavier.Citation, toHeavier.Status, toHeavier.Id, Slice(forms, low, high)));
        }
        else if (toLighter is not null && toHeavier is not null)
        {
            steps.Add(new DecisionStep(Catalog.Of(nameof(Messages.StepNarrowsCancel)), toLighter.Citation, toLighter.Status, toLighter.Id, Slice(forms, low, high)));
        }

        var exclude = modifierRules.FirstOrDefault(static m => m.Effect == ModifierEffect.ExcludeAll);
        if (exclude is not null)
        {
            steps.Add(new DecisionStep(Catalog.Of(nameof(Messages.StepExcluded), MessageArgument.Of("modifier", exclude.Kind)), exclude.Citation, exclude.Status, exclude.Id, []));
            return new FormRecommendation(subjectKind, harm, [], -1, -1, steps.ToImmutable());
        }

        return new FormRecommendation(subjectKind, harm, [.. forms[low..(high + 1)]], low, high, steps.ToImmutable());
    }

    private static (int Low, int High) BaseRange(ImmutableArray<FormRule> forms, HarmLevel harm)
    {
        var low = forms.IndexOf(forms.FirstOrDefault(f => f.Harm == harm)!);
        var high = forms.LastIndexOf(forms.LastOrDefault(f => f.Harm == harm)!);
        if (low >= 0)
        {
            return (low, high);
        }

        // No form answers this harm level exactly: take the heaviest form for a lower level (or the lightest form).
        var below = forms.LastOrDefault(f => f.Harm < harm);
        var index = below is null ? 0 : forms.IndexOf(below);
        return (index, index);
    }

    private static ImmutableArray<AccountabilityForm> Slice(ImmutableArray<FormRule> forms, int low, int high) =>
        [.. forms[low..(high + 1)].Select(static f => f.Form)];
}
