using System.Collections.Immutable;

namespace AccountabilityKit.Checklists.Templates;

/// <summary>One concrete duty (具体任务) of a template. Built by <see cref="ChecklistTemplateJson"/> or <see cref="TemplateTableImporter"/>, which validate it.</summary>
public sealed record Duty
{
    /// <summary>The tag of duties that use "first form" (第一种形态) measures: talks and routine supervision.</summary>
    public const string FirstFormTag = "first-form";

    /// <summary>The tag of duties whose text states a frequency.</summary>
    public const string FrequencyTag = "frequency";

    /// <summary>Creates a duty (no validation: use the loaders for outside input).</summary>
    /// <param name="code">The code, e.g. <c>C06-03</c>.</param>
    /// <param name="text">The duty text, zh-CN.</param>
    /// <param name="isMandatory">Whether it is a mandated duty (规定动作).</param>
    /// <param name="roles">The roles it applies to.</param>
    /// <param name="tags">Tags such as <see cref="FirstFormTag"/>.</param>
    public Duty(string code, string text, bool isMandatory, IEnumerable<DutyRole> roles, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(roles);
        Code = code;
        Text = text;
        IsMandatory = isMandatory;
        Roles = [.. roles.Distinct()];
        Tags = tags is null ? [] : [.. tags.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The code, e.g. <c>C06-03</c>.</summary>
    public string Code { get; }

    /// <summary>The duty text, zh-CN.</summary>
    public string Text { get; }

    /// <summary>Whether every owner in scope must cover it (规定动作).</summary>
    public bool IsMandatory { get; }

    /// <summary>The roles it applies to.</summary>
    public ImmutableArray<DutyRole> Roles { get; }

    /// <summary>Tags such as <c>first-form</c> and <c>frequency</c>.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>The frequency the text states, if any.</summary>
    public DutyFrequency? Frequency { get; init; }

    /// <summary>A schedule hint for the milestones (序时进度), e.g. <c>每季度末</c>.</summary>
    public string? SuggestedMilestone { get; init; }

    /// <summary>Which duty of last year it continues; null when the template declares no lineage.</summary>
    public DutyLineage? Lineage { get; init; }

    /// <summary>True when the duty is tagged <see cref="FirstFormTag"/>.</summary>
    public bool IsFirstForm => Tags.Contains(FirstFormTag, StringComparer.Ordinal);

    /// <summary>True when the duty applies to <paramref name="role"/>.</summary>
    /// <param name="role">A duty role.</param>
    public bool AppliesTo(DutyRole role) => Roles.Contains(role);
}
