using AccountabilityKit.Localization;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>How finely a report slices its period.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<ReportGranularity>))]
public enum ReportGranularity
{
    /// <summary>One slice: the whole period.</summary>
    [Label("整个期间", "Whole period")]
    WholePeriod = 0,

    /// <summary>One slice per calendar year.</summary>
    [Label("按年度", "By year")]
    Year = 1,

    /// <summary>One slice per quarter.</summary>
    [Label("按季度", "By quarter")]
    Quarter = 2,
}
