using System.Collections.Immutable;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>
/// The answer of <c>POST /accountability/cases/validate</c> for a case that could be read: whether the regulations'
/// rules accept it, every issue (paths under <c>$.case</c>), and for a valid case each subject's Art. 6 responsibility
/// and the decision-support range of forms. A document that cannot be read is a 400 problem instead.
/// </summary>
/// <param name="CaseId">The case's id.</param>
/// <param name="IsValid">True when the case has no error (warnings allowed).</param>
/// <param name="PackId">The id of the regulation pack the case was judged by.</param>
/// <param name="RegulationVersion">The regulation version of that pack (<c>ARR2019</c>).</param>
/// <param name="Issues">Every issue of the rules, errors and warnings, each with code, path, citation and message.</param>
/// <param name="Subjects">For a valid case, one entry per subject (organisations first, then cadres, in document order); empty for an invalid case.</param>
public sealed record CaseValidationResponse(
    string CaseId,
    bool IsValid,
    string PackId,
    string RegulationVersion,
    ImmutableArray<IssueResponse> Issues,
    ImmutableArray<CaseSubjectResponse> Subjects);
