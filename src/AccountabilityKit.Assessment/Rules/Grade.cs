using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>The rank of a grade (等次), best first. The display name of each grade is data (a grade band's <see cref="GradeBand.Name"/>, e.g. 好 or 优秀).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<Grade>))]
public enum Grade
{
    /// <summary>The top grade (好 / 优秀).</summary>
    [Label("好", "Excellent")]
    Excellent,

    /// <summary>The second grade (较好 / 良好).</summary>
    [Label("较好", "Good")]
    Good,

    /// <summary>The third grade (一般 / 合格).</summary>
    [Label("一般", "Fair")]
    Fair,

    /// <summary>The lowest grade (差 / 不合格).</summary>
    [Label("差", "Poor")]
    Poor,
}
