using System.Collections.Frozen;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AccountabilityKit.Assessment.Hosting;

/// <summary>
/// The host's rule sets and their scorers. Reads are lock-free on an immutable snapshot; a changed rule-set file is validated
/// and swapped in atomically — if the new file is invalid, the old rule set stays in force and the reason is logged.
/// </summary>
public sealed partial class RuleSetRegistry : IDisposable
{
    private readonly OrgTree _tree;
    private readonly ILogger<RuleSetRegistry> _logger;
    private readonly Lock _swap = new();
    private readonly List<IDisposable> _watchers = [];
    private readonly List<PhysicalFileProvider> _providers = [];
    private volatile Snapshot _snapshot;

    /// <summary>Loads every configured rule set; throws <see cref="ValidationFailedException"/> if one is invalid at start-up (fail fast).</summary>
    /// <param name="options">The sources.</param>
    /// <param name="tree">The org tree scorers check units against.</param>
    /// <param name="calendar">Today's date and quarter, from the host's <c>IClock</c>.</param>
    /// <param name="logger">Where reload failures are logged (none if the host has no logging).</param>
    public RuleSetRegistry(IOptions<AssessmentOptions> options, OrgTree tree, AssessmentCalendar calendar, ILogger<RuleSetRegistry>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(calendar);
        _tree = tree;
        _logger = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<RuleSetRegistry>.Instance;
        Calendar = calendar;
        var bySource = new Dictionary<string, QuarterlyScorer>(StringComparer.Ordinal);
        var o = options.Value;
        for (var i = 0; i < o.RuleSetJson.Count; i++)
        {
            var set = LoadOrThrow(o.RuleSetJson[i], $"ruleSetJson[{i}]");
            bySource[$"json:{i}"] = new QuarterlyScorer(set, tree);
        }

        foreach (var file in o.RuleSetFiles)
        {
            var path = Path.GetFullPath(file);
            var set = LoadOrThrow(File.ReadAllText(path), path);
            bySource[path] = new QuarterlyScorer(set, tree);
        }

        _snapshot = new Snapshot(bySource);
        if (o.WatchFiles)
        {
            foreach (var file in o.RuleSetFiles)
            {
                Watch(Path.GetFullPath(file));
            }
        }
    }

    /// <summary>Raised after a rule set was swapped in (argument: the source path).</summary>
    public event EventHandler<string>? RuleSetChanged;

    /// <summary>The calendar (today and the current quarter from the host's clock).</summary>
    public AssessmentCalendar Calendar { get; }

    /// <summary>The rule sets in force, ordered by id.</summary>
    public IReadOnlyList<ScoringRuleSet> RuleSets => _snapshot.RuleSets;

    /// <summary>The scorer of a rule set by id.</summary>
    /// <param name="ruleSetId">The rule set's id.</param>
    /// <returns>The scorer.</returns>
    /// <exception cref="KeyNotFoundException">No rule set has this id.</exception>
    public QuarterlyScorer ScorerFor(string ruleSetId) =>
        _snapshot.ById.TryGetValue(ruleSetId, out var scorer) ? scorer : throw new KeyNotFoundException($"No rule set has the id '{ruleSetId}'.");

    /// <summary>The scorer of the rule set whose period covers <paramref name="quarter"/> and that scores units of <paramref name="kind"/>.</summary>
    /// <param name="quarter">The quarter.</param>
    /// <param name="kind">The unit kind.</param>
    /// <returns>The scorer, or null if no rule set applies.</returns>
    public QuarterlyScorer? ScorerFor(AssessmentQuarter quarter, UnitKind kind) =>
        _snapshot.Scorers.FirstOrDefault(s => s.RuleSet.Covers(quarter) && s.RuleSet.TryGetGroup(kind, out _));

    /// <summary>Re-reads a rule-set file and swaps it in if valid; otherwise keeps the old one and logs why.</summary>
    /// <param name="path">The file's path (as configured).</param>
    /// <param name="report">The problems found (empty when the swap happened).</param>
    /// <returns>True when the new rule set is in force.</returns>
    public bool TryReload(string path, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        string json;
        try
        {
            json = File.ReadAllText(full);
        }
        catch (IOException e)
        {
            report = ValidationReport.Of(ValidationIssue.Error(VocabularyIssueCodes.MalformedJson, JsonPaths.Root, Catalog.Of(nameof(Messages.FileUnreadable), ("detail", e.Message))));
            LogRejected(full, report.ToString(null));
            return false;
        }

        if (!ScoringRuleSetJson.TryLoad(json, out var set, out report))
        {
            LogRejected(full, report.ToString(null));
            return false;
        }

        lock (_swap)
        {
            var sources = new Dictionary<string, QuarterlyScorer>(_snapshot.BySource, StringComparer.Ordinal) { [full] = new QuarterlyScorer(set, _tree) };
            _snapshot = new Snapshot(sources);
        }

        LogSwapped(full, set.Id, set.Version);
        RuleSetChanged?.Invoke(this, full);
        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var w in _watchers)
        {
            w.Dispose();
        }

        foreach (var p in _providers)
        {
            p.Dispose();
        }
    }

    private ScoringRuleSet LoadOrThrow(string json, string source)
    {
        if (ScoringRuleSetJson.TryLoad(json, out var set, out var report))
        {
            return set;
        }

        LogRejected(source, report.ToString(null));
        throw new ValidationFailedException(report);
    }

    private void Watch(string fullPath)
    {
        var provider = new PhysicalFileProvider(Path.GetDirectoryName(fullPath)!);
        _providers.Add(provider);
        var name = Path.GetFileName(fullPath);
        _watchers.Add(ChangeToken.OnChange(() => provider.Watch(name), () => TryReload(fullPath, out _)));
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "The rule set from {Source} is invalid; the previous rule set stays in force. Problems: {Problems}")]
    private partial void LogRejected(string source, string problems);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "The rule set from {Source} was swapped in: {RuleSetId} {Version}")]
    private partial void LogSwapped(string source, string ruleSetId, string version);

    private sealed class Snapshot
    {
        public Snapshot(Dictionary<string, QuarterlyScorer> bySource)
        {
            BySource = bySource.ToFrozenDictionary(StringComparer.Ordinal);
            Scorers = [.. bySource.Values.OrderBy(s => s.RuleSet.Id, StringComparer.Ordinal).ThenBy(s => s.RuleSet.EffectiveFrom)];
            ById = Scorers.GroupBy(s => s.RuleSet.Id, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            RuleSets = [.. Scorers.Select(s => s.RuleSet)];
        }

        public FrozenDictionary<string, QuarterlyScorer> BySource { get; }

        public FrozenDictionary<string, QuarterlyScorer> ById { get; }

        public QuarterlyScorer[] Scorers { get; }

        public ScoringRuleSet[] RuleSets { get; }
    }
}
