using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Effects;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>
/// An effect of a decided form on the cadre's use (影响期): which form (and kind) it follows, what it bars, and for how
/// many months. <see cref="EffectKind.NoExcellentGrade"/> covers the assessment year of the decision and has 0 months.
/// </summary>
/// <param name="Id">The entry id.</param>
/// <param name="Form">The form it follows.</param>
/// <param name="Adjustment">The organisational adjustment kind it follows, when the form is an organisational adjustment.</param>
/// <param name="Sanction">The sanction it follows, when the form is a disciplinary sanction.</param>
/// <param name="Effect">What is barred.</param>
/// <param name="Months">The length in calendar months.</param>
/// <param name="Citation">The article.</param>
/// <param name="Status">The verification status.</param>
/// <param name="Note">An optional remark.</param>
public sealed record InfluencePeriodRule(string Id, AccountabilityForm Form, OrganizationalAdjustmentKind? Adjustment, DisciplinarySanction? Sanction, EffectKind Effect, int Months, Citation Citation, VerificationStatus Status, string? Note = null)
    : PackEntry(Id, Citation, Status, Note)
{
    /// <inheritdoc />
    public override string ChineseLabel => $"{(Sanction is { } s ? Labels.ZhCn(s) : Adjustment is { } a ? Labels.ZhCn(a) : Labels.ZhCn(Form))}：{Labels.ZhCn(Effect)}";
}
