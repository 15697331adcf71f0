namespace AccountabilityKit.AspNetCore;

/// <summary>Options of the kit's HTTP endpoints, bound from configuration section <c>AccountabilityKit:Http</c> or set in code.</summary>
public sealed class AccountabilityKitHttpOptions
{
    /// <summary>The claim type that names the caller's org unit (its <c>OrgUnitId</c>); the stored-data endpoints see that unit's subtree only. Default <c>akit_org_unit</c>.</summary>
    public string OrgUnitClaimType { get; set; } = DefaultOrgUnitClaimType;

    /// <summary>The default of <see cref="OrgUnitClaimType"/>.</summary>
    public const string DefaultOrgUnitClaimType = "akit_org_unit";
}
