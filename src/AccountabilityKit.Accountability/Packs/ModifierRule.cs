using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>How a modifier (从重, 从轻, 减轻, 加重, 免予/不予问责) changes the range of forms (ARR2019 Arts. 17–19).</summary>
/// <param name="Id">The entry id.</param>
/// <param name="Kind">The modifier.</param>
/// <param name="Effect">Its effect on the range.</param>
/// <param name="Citation">The article.</param>
/// <param name="Status">The verification status.</param>
/// <param name="Note">An optional remark.</param>
public sealed record ModifierRule(string Id, ModifierKind Kind, ModifierEffect Effect, Citation Citation, VerificationStatus Status, string? Note = null)
    : PackEntry(Id, Citation, Status, Note)
{
    /// <inheritdoc />
    public override string ChineseLabel => $"{Labels.ZhCn(Kind)}：{Labels.ZhCn(Effect)}";
}
