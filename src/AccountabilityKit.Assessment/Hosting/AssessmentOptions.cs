namespace AccountabilityKit.Assessment.Hosting;

/// <summary>Where the host's rule sets come from (bind from configuration or set in code).</summary>
public sealed class AssessmentOptions
{
    /// <summary>Paths of rule-set JSON files; each file is watched and swapped in when it changes and is valid.</summary>
    public IList<string> RuleSetFiles { get; } = [];

    /// <summary>Rule sets as JSON text (e.g. from configuration); loaded once.</summary>
    public IList<string> RuleSetJson { get; } = [];

    /// <summary>Whether changed rule-set files are reloaded (default true).</summary>
    public bool WatchFiles { get; set; } = true;
}
