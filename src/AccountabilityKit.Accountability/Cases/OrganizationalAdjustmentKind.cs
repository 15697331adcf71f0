using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>Kinds of organisational adjustment or handling (组织处理), OHP2021 Art. 3.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<OrganizationalAdjustmentKind>))]
public enum OrganizationalAdjustmentKind
{
    /// <summary>Suspension for examination. (OHP2021 Art. 3)</summary>
    [Label("停职检查", "Suspension for review")]
    [Cites("OHP2021 Art. 3", Citations.VerificationStatus.Verified)]
    SuspensionForReview = 0,

    /// <summary>Reassignment to another post. (OHP2021 Art. 3)</summary>
    [Label("调整职务", "Post change")]
    [Cites("OHP2021 Art. 3", Citations.VerificationStatus.Verified)]
    PostChange = 1,

    /// <summary>Ordered to resign. (OHP2021 Art. 3)</summary>
    [Label("责令辞职", "Ordered resignation")]
    [Cites("OHP2021 Art. 3", Citations.VerificationStatus.Verified)]
    OrderedResignation = 2,

    /// <summary>Demotion. (OHP2021 Art. 3)</summary>
    [Label("降职", "Demotion")]
    [Cites("OHP2021 Art. 3", Citations.VerificationStatus.Verified)]
    Demotion = 3,

    /// <summary>Removal from post. (OHP2021 Art. 3)</summary>
    [Label("免职", "Removal")]
    [Cites("OHP2021 Art. 3", Citations.VerificationStatus.Verified)]
    Removal = 4,
}
