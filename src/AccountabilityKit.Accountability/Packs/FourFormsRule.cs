using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>The form (第一种 to 第四种形态) a measure of the 2016 statistical indicator system counts under.</summary>
/// <param name="Id">The entry id.</param>
/// <param name="Measure">The measure.</param>
/// <param name="Form">Its form.</param>
/// <param name="Citation">The article.</param>
/// <param name="Status">The verification status.</param>
/// <param name="Note">An optional remark.</param>
public sealed record FourFormsRule(string Id, DisciplineMeasure Measure, DisciplineForm Form, Citation Citation, VerificationStatus Status, string? Note = null)
    : PackEntry(Id, Citation, Status, Note)
{
    /// <inheritdoc />
    public override string ChineseLabel => $"{Labels.ZhCn(Measure)}：{Labels.ZhCn(Form)}";
}
