using AccountabilityKit.Localization;

namespace AccountabilityKit.Serialization;

/// <summary>
/// How the bytes of a document or input file are turned into text (<see cref="DocumentText"/>). The kit writes UTF-8
/// without a BOM; spreadsheet software on Chinese Windows writes GB18030 (GBK) by default.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CamelCaseEnumConverter<DocumentEncoding>))]
public enum DocumentEncoding
{
    /// <summary>
    /// Detect: a byte order mark first (UTF-8, UTF-16 LE/BE), then strict UTF-8 when every byte sequence is valid UTF-8,
    /// then strict GB18030; bytes that are neither are refused with the offset of the first invalid UTF-8 sequence.
    /// </summary>
    [Label("自动识别", "Detect")]
    Detect = 0,

    /// <summary>Strict UTF-8 (a leading UTF-8 BOM is allowed and dropped); invalid bytes are refused with their offset.</summary>
    [Label("UTF-8", "UTF-8")]
    Utf8 = 1,

    /// <summary>Strict GB18030 (a superset of GBK and GB2312); invalid bytes are refused with their offset.</summary>
    [Label("GB18030（GBK）", "GB18030 (GBK)")]
    Gb18030 = 2,
}
