using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>A triggering circumstance the pack's regulation version knows, with its article and item (ARR2019 Art. 7, ARR2016 Art. 6).</summary>
/// <param name="Id">The entry id.</param>
/// <param name="Circumstance">The circumstance.</param>
/// <param name="Citation">The article and item in this version's numbering.</param>
/// <param name="Status">The verification status.</param>
/// <param name="Note">An optional remark.</param>
public sealed record CircumstanceRule(string Id, Circumstance Circumstance, Citation Citation, VerificationStatus Status, string? Note = null)
    : PackEntry(Id, Citation, Status, Note)
{
    /// <inheritdoc />
    public override string ChineseLabel => Labels.ZhCn(Circumstance);
}
