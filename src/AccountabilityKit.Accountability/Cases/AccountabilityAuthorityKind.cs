using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>Who may hold to account (问责主体), ARR2019 Art. 4.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<AccountabilityAuthorityKind>))]
public enum AccountabilityAuthorityKind
{
    /// <summary>A Party committee, which leads accountability work in its region, department or unit. (ARR2019 Art. 4)</summary>
    [Label("党委", "Party committee")]
    [Cites("ARR2019 Art. 4", Citations.VerificationStatus.Verified)]
    PartyCommittee = 0,

    /// <summary>A Party group (党组) of a state organ or enterprise. (ARR2019 Art. 4)</summary>
    [Label("党组", "Party group")]
    [Cites("ARR2019 Art. 4", Citations.VerificationStatus.Verified)]
    PartyGroup = 1,

    /// <summary>A discipline inspection commission, assisting the same-level committee. (ARR2019 Art. 4)</summary>
    [Label("纪委", "Discipline commission")]
    [Cites("ARR2019 Art. 4", Citations.VerificationStatus.Verified)]
    DisciplineCommission = 2,

    /// <summary>A resident or dispatched discipline inspection office, acting within its powers. (ARR2019 Art. 4)</summary>
    [Label("纪委派驻（派出）机构", "Resident discipline office")]
    [Cites("ARR2019 Art. 4", Citations.VerificationStatus.Verified)]
    DisciplineResidentOffice = 3,

    /// <summary>A Party work organ such as the organisation or propaganda department. (ARR2019 Art. 4)</summary>
    [Label("党的工作机关", "Party work organ")]
    [Cites("ARR2019 Art. 4", Citations.VerificationStatus.Verified)]
    PartyWorkOrgan = 4,
}
