using NodaTime;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>
/// The approval a decision was made with (经…批准, ARR2019 Art. 12): a discipline commission or a Party work organ decides
/// 检查 and 通报 against an organisation, or 通报 and 诫勉 against a cadre, directly led or managed by the same-level Party
/// committee only after that committee (or party group) or its principal leader approves — e.g. the commission decides
/// 诫勉 with the committee's approval. <see cref="AccountabilityRules"/> requires it where the pack's authority matrix says
/// <c>decideAfterApproval</c> (code <c>AC035</c>) and checks who gave it (code <c>AC036</c>).
/// </summary>
public sealed record Approval
{
    /// <summary>The approving body: the Party committee (or party group) of the deciding authority's unit.</summary>
    public required AccountabilityAuthority Body { get; init; }

    /// <summary>True when the body's principal leader approved (rather than the body collectively).</summary>
    public bool ByPrincipalLeader { get; init; }

    /// <summary>The day of the approval, if recorded; not after the decision.</summary>
    public LocalDate? ApprovedOn { get; init; }
}
