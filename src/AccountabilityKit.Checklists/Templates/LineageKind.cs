using AccountabilityKit.Localization;

namespace AccountabilityKit.Checklists.Templates;

/// <summary>How a duty of a new year's template relates to last year's template.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<LineageKind>))]
public enum LineageKind
{
    /// <summary>Continues a duty of last year unchanged: carried items are kept as they are.</summary>
    [Label("延续", "Same")]
    Same = 0,

    /// <summary>Continues a duty of last year with changed text: carried items are kept and flagged for review.</summary>
    [Label("调整", "Changed")]
    Changed = 1,

    /// <summary>A new duty this year: no carried item covers it yet.</summary>
    [Label("新增", "New")]
    New = 2,
}
