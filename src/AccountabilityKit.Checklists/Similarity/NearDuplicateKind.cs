using AccountabilityKit.Localization;

namespace AccountabilityKit.Checklists.Similarity;

/// <summary>How two similar lists relate (雷同: 上下一般粗、左右一个样).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<NearDuplicateKind>))]
public enum NearDuplicateKind
{
    /// <summary>Two members of one leadership team (左右一个样).</summary>
    [Label("左右一个样（横向雷同）", "Horizontal")]
    Horizontal = 0,

    /// <summary>A member's list and the team's own list, or a list and the template (上下一般粗).</summary>
    [Label("上下一般粗（纵向雷同）", "Vertical")]
    Vertical = 1,

    /// <summary>Lists of two different units.</summary>
    [Label("跨单位雷同", "Cross-unit")]
    CrossUnit = 2,
}
