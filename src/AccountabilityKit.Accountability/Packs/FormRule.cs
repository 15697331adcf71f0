using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>A form allowed for a subject kind, its place in the light-to-heavy order and the harm level it answers (ARR2019 Art. 8).</summary>
/// <param name="Id">The entry id.</param>
/// <param name="SubjectKind">Organisation or cadre.</param>
/// <param name="Form">The form.</param>
/// <param name="Severity">Its rank for the subject kind: 1 is the lightest.</param>
/// <param name="Harm">The harm level for which the form is the regular answer.</param>
/// <param name="Citation">The article.</param>
/// <param name="Status">The verification status.</param>
/// <param name="Note">An optional remark.</param>
public sealed record FormRule(string Id, SubjectKind SubjectKind, AccountabilityForm Form, int Severity, HarmLevel Harm, Citation Citation, VerificationStatus Status, string? Note = null)
    : PackEntry(Id, Citation, Status, Note)
{
    /// <inheritdoc />
    public override string ChineseLabel => $"{Labels.ZhCn(SubjectKind)}：{Labels.ZhCn(Form)}";
}
