using AccountabilityKit.Organization;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>The body that decides a case (问责主体, ARR2019 Art. 4) and its unit.</summary>
/// <param name="Kind">Party committee, party group, discipline commission (or its resident office) or Party work organ.</param>
/// <param name="Unit">The unit the body belongs to.</param>
public sealed record AccountabilityAuthority(AccountabilityAuthorityKind Kind, OrgUnitId Unit);
