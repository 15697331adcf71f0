namespace AccountabilityKit.Hosting;

/// <summary>
/// Stable codes of the problems the Hosting package itself finds in a host's configuration (documented in the README).
/// Problems inside a configured document keep the code of the package that owns the format (<c>AS…</c> for rule sets,
/// <c>AC…</c> for regulation packs, <c>CL070</c> for similarity settings, <c>ST…</c> for statistics).
/// </summary>
public static class HostingIssueCodes
{
    /// <summary>A configured file (rule set, regulation pack) cannot be read.</summary>
    public const string FileUnreadable = "HO001";

    /// <summary>A required option is not set (null).</summary>
    public const string OptionMissing = "HO002";

    /// <summary>No rule set in force applies to a scored unit's kind in the quarter scored.</summary>
    public const string NoRuleSetApplies = "HO003";
}
