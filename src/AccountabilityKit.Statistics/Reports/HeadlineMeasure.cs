using AccountabilityKit.Localization;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>The figures of a <see cref="HeadlineReport"/>; the README's counting rules say how each is counted.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<HeadlineMeasure>))]
public enum HeadlineMeasure
{
    /// <summary>Cases held to account (问责案件, 起).</summary>
    [Label("问责案件（起）", "Cases held to account")]
    Cases = 0,

    /// <summary>Party organisations held to account, per case (问责党组织, 个).</summary>
    [Label("问责党组织（个）", "Party organisations held to account")]
    OrganizationsHeldAccountable = 1,

    /// <summary>Distinct units among the organisations held to account.</summary>
    [Label("问责党组织（不重复单位数）", "Distinct organisations held to account")]
    DistinctOrganizations = 2,

    /// <summary>Leading cadres held to account, per case (问责领导干部, 人).</summary>
    [Label("问责领导干部（人）", "Leading cadres held to account")]
    LeadingCadresHeldAccountable = 3,

    /// <summary>Distinct persons among the leading cadres held to account.</summary>
    [Label("问责领导干部（不重复人数）", "Distinct leading cadres held to account")]
    DistinctLeadingCadres = 4,

    /// <summary>Typical cases circulated (通报典型案例, 起).</summary>
    [Label("通报典型案例（起）", "Typical cases circulated")]
    TypicalCases = 5,

    /// <summary>Notice batches the typical cases were circulated in (批).</summary>
    [Label("通报批次（批）", "Notice batches")]
    NoticeBatches = 6,

    /// <summary>Uses of the first of the four forms, in person-times (运用第一种形态, 人次).</summary>
    [Label("运用第一种形态（人次）", "First-form uses (person-times)")]
    FirstFormPersonTimes = 7,
}
