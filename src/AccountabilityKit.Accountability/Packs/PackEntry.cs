using AccountabilityKit.Citations;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>
/// One entry of a <see cref="RegulationPack"/>: every entry has a stable id (a local pack overrides an entry by
/// reusing its id), the article it rests on and the digest's verification status.
/// </summary>
/// <param name="Id">The entry id, unique within its pack section, e.g. <c>form.cadre.admonishment</c>.</param>
/// <param name="Citation">The article the entry rests on.</param>
/// <param name="Status">How well the entry is verified ([V]/[P]/[U]).</param>
/// <param name="Note">An optional remark (e.g. why it must be confirmed locally).</param>
public abstract record PackEntry(string Id, Citation Citation, VerificationStatus Status, string? Note)
{
    /// <summary>True when the entry is not fully verified and ships flagged "confirm locally" (确认本地规定).</summary>
    public bool NeedsLocalConfirmation => Status != VerificationStatus.Verified;

    /// <summary>The entry's zh-CN display label, built from the labels of the terms it relates.</summary>
    public abstract string ChineseLabel { get; }
}
