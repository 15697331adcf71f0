using AccountabilityKit.Localization;

namespace AccountabilityKit.Validation;

/// <summary>How serious a <see cref="ValidationIssue"/> is.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<IssueSeverity>))]
public enum IssueSeverity
{
    /// <summary>The input cannot be used as it is.</summary>
    [Label("错误", "Error")]
    Error = 0,

    /// <summary>The input can be used, but a person should look at it.</summary>
    [Label("警告", "Warning")]
    Warning = 1,

    /// <summary>Information only.</summary>
    [Label("提示", "Information")]
    Information = 2,
}
