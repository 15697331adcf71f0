namespace AccountabilityKit.Localization;

/// <summary>
/// Gives an enum member its zh-CN and English display names. Read them through <see cref="Labels"/>.
/// </summary>
/// <example><code>
/// public enum UnitKind { [Label("县（市、区）", "County")] County }
/// Labels.Of(UnitKind.County, "zh-CN"); // "县（市、区）"
/// </code></example>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class LabelAttribute : Attribute
{
    /// <summary>Creates the label pair.</summary>
    /// <param name="chinese">The zh-CN (Simplified Chinese) display name a user interface shows.</param>
    /// <param name="english">The English display name.</param>
    public LabelAttribute(string chinese, string english)
    {
        Chinese = chinese;
        English = english;
    }

    /// <summary>The zh-CN display name.</summary>
    public string Chinese { get; }

    /// <summary>The English display name.</summary>
    public string English { get; }
}
