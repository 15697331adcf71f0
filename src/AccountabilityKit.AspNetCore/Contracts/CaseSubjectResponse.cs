using System.Collections.Immutable;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>One subject of a valid case: who, the leadership responsibility recorded for a cadre (ARR2019 Art. 6), the forms decided and the decision-support range.</summary>
/// <param name="Path">The subject's path in the request (<c>$.case.cadres[0]</c>).</param>
/// <param name="SubjectKind">Party organisation or leading cadre.</param>
/// <param name="Unit">The subject's unit id.</param>
/// <param name="Person">The cadre's person id, or <see langword="null"/> for an organisation.</param>
/// <param name="Role">The cadre's role, or <see langword="null"/>.</param>
/// <param name="Responsibility">The cadre's leadership responsibility, or <see langword="null"/> when none is recorded (always for an organisation).</param>
/// <param name="ResponsibilityCitation">The article of the responsibility (<c>ARR2019 Art. 6</c>) when there is one.</param>
/// <param name="DecidedForms">The forms the case decides for the subject, in document order.</param>
/// <param name="WithinRange">Whether every decided form lies in the recommended range; <see langword="null"/> when none is decided.</param>
/// <param name="Recommendation">The decision support for the subject (never the decision), or <see langword="null"/> when the pack cannot advise (then <paramref name="RecommendationIssues"/> says why, e.g. no circumstance recorded).</param>
/// <param name="RecommendationIssues">Why decision support could not advise (paths under <c>$.case</c>); empty when it did.</param>
public sealed record CaseSubjectResponse(
    string Path,
    CodeLabel SubjectKind,
    string Unit,
    string? Person,
    CodeLabel? Role,
    CodeLabel? Responsibility,
    CodeLabel? ResponsibilityCitation,
    ImmutableArray<CodeLabel> DecidedForms,
    bool? WithinRange,
    FormRecommendationResponse? Recommendation,
    ImmutableArray<IssueResponse> RecommendationIssues);
