using System.Collections.Immutable;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>Decision support (<c>DecisionSupport.Recommend</c>): the forms the pack allows, lightest first, and the cited steps that led there.</summary>
/// <param name="SubjectKind">Party organisation or leading cadre.</param>
/// <param name="Harm">The harm level.</param>
/// <param name="Forms">The forms in range, lightest first (empty when exempted or not pursued).</param>
/// <param name="Low">Position of the lightest form in range among the subject kind's ordered forms, or -1.</param>
/// <param name="High">Position of the heaviest form in range, or -1.</param>
/// <param name="IsEmpty">True when no form remains.</param>
/// <param name="Steps">The explanation, step by step.</param>
public sealed record FormRecommendationResponse(
    CodeLabel SubjectKind,
    CodeLabel Harm,
    ImmutableArray<FormOptionResponse> Forms,
    int Low,
    int High,
    bool IsEmpty,
    ImmutableArray<DecisionStepResponse> Steps);
