namespace AccountabilityKit.Hosting;

/// <summary>Where the host's scoring rule sets come from (set in code, or bind from configuration).</summary>
public sealed class RuleSetOptions
{
    /// <summary>Rule sets as JSON text (e.g. from configuration); loaded once.</summary>
    public IList<string> RuleSetJson { get; } = [];

    /// <summary>Paths of rule-set JSON files; each file is watched and swapped in when it changes and is valid.</summary>
    public IList<string> RuleSetFiles { get; } = [];

    /// <summary>Whether changed rule-set files are reloaded (default true).</summary>
    public bool WatchFiles { get; set; } = true;
}
