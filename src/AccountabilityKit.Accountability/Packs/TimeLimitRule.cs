using AccountabilityKit.Accountability.Procedure;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>A procedure time limit: <see cref="Step"/> is due within <see cref="Months"/> months and <see cref="Days"/> days after <see cref="From"/>.</summary>
/// <param name="Id">The entry id.</param>
/// <param name="Step">The step that has the limit.</param>
/// <param name="From">The step whose date starts the limit.</param>
/// <param name="Months">Months of the limit (calendar months, see the README on month arithmetic).</param>
/// <param name="Days">Days added after the months.</param>
/// <param name="Citation">The article.</param>
/// <param name="Status">The verification status.</param>
/// <param name="Note">An optional remark.</param>
public sealed record TimeLimitRule(string Id, ProcedureStep Step, ProcedureStep From, int Months, int Days, Citation Citation, VerificationStatus Status, string? Note = null)
    : PackEntry(Id, Citation, Status, Note)
{
    /// <inheritdoc />
    public override string ChineseLabel => $"{Labels.ZhCn(Step)}时限（自{Labels.ZhCn(From)}起）";
}
