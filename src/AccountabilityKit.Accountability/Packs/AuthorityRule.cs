using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>One cell of the authority matrix (ARR2019 Art. 12): what an authority kind may do with a form against a subject kind.</summary>
/// <param name="Id">The entry id.</param>
/// <param name="AuthorityKind">The authority.</param>
/// <param name="SubjectKind">Organisation or cadre.</param>
/// <param name="Form">The form.</param>
/// <param name="Power">Decide, decide after approval, or propose only.</param>
/// <param name="Citation">The article.</param>
/// <param name="Status">The verification status.</param>
/// <param name="Note">An optional remark.</param>
public sealed record AuthorityRule(string Id, AccountabilityAuthorityKind AuthorityKind, SubjectKind SubjectKind, AccountabilityForm Form, AuthorityPower Power, Citation Citation, VerificationStatus Status, string? Note = null)
    : PackEntry(Id, Citation, Status, Note)
{
    /// <inheritdoc />
    public override string ChineseLabel => $"{Labels.ZhCn(AuthorityKind)}对{Labels.ZhCn(SubjectKind)}{Labels.ZhCn(Form)}：{Labels.ZhCn(Power)}";
}
