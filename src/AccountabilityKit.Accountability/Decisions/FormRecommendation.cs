using System.Collections.Immutable;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;

namespace AccountabilityKit.Accountability.Decisions;

/// <summary>
/// Decision support (never the decision): the forms the pack allows for the input, lightest first, and the steps
/// that led there. <see cref="Low"/> and <see cref="High"/> are positions in the subject kind's ordered forms
/// (-1 when no form remains).
/// </summary>
/// <param name="SubjectKind">Organisation or cadre.</param>
/// <param name="Harm">The harm level.</param>
/// <param name="Forms">The forms in range, lightest first (empty when exempted).</param>
/// <param name="Low">Position of the lightest form in range, or -1.</param>
/// <param name="High">Position of the heaviest form in range, or -1.</param>
/// <param name="Steps">The explanation, step by step.</param>
public sealed record FormRecommendation(SubjectKind SubjectKind, HarmLevel Harm, ImmutableArray<FormRule> Forms, int Low, int High, ImmutableArray<DecisionStep> Steps)
{
    /// <summary>True when no form remains (exempted or not pursued).</summary>
    public bool IsEmpty => Forms.IsEmpty;
}
