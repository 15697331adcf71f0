using System.Collections.Frozen;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;

namespace AccountabilityKit.Hosting;

/// <summary>
/// The host's rule sets and their scorers (registered by <see cref="AccountabilityKitBuilder.AddRuleSets"/>). Reads are
/// lock-free on an immutable snapshot; a changed rule-set file is validated and swapped in atomically — if the new file
/// is invalid, the old rule set stays in force and the reason is logged (event 4001).
/// </summary>
public sealed class RuleSetRegistry : IDisposable
{
    private readonly OrgTree _tree;
    private readonly ILogger _logger;
    private readonly Lock _swap = new();
    private readonly List<IDisposable> _watchers = [];
    private readonly List<PhysicalFileProvider> _providers = [];
    private volatile Snapshot _snapshot;

    /// <summary>Loads every configured rule set; throws <see cref="ValidationFailedException"/> if one is invalid (fail fast).</summary>
    /// <param name="options">The sources.</param>
    /// <param name="tree">The org tree scorers check units against.</param>
    /// <param name="calendar">Today's date and quarter, from the host's <c>IClock</c>.</param>
    /// <param name="logger">Where loads, swaps and rejections are logged (none if the host has no logging).</param>
    internal RuleSetRegistry(RuleSetOptions options, OrgTree tree, AssessmentCalendar calendar, ILogger<RuleSetRegistry>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(calendar);
        _tree = tree;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        Calendar = calendar;
        var bySource = new Dictionary<string, QuarterlyScorer>(StringComparer.Ordinal);
        for (var i = 0; i < options.RuleSetJson.Count; i++)
        {
            var source = $"ruleSetJson[{i}]";
            var set = LoadOrThrow(options.RuleSetJson[i] ?? string.Empty, source);
            bySource[$"json:{i}"] = new QuarterlyScorer(set, tree);
        }

        foreach (var file in options.RuleSetFiles)
        {
            var path = Path.GetFullPath(file);
            if (!SourceFiles.TryRead(path, out var json, out var unreadable))
            {
                LogRejected(path, unreadable);
                throw new ValidationFailedException(unreadable);
            }

            bySource[path] = new QuarterlyScorer(LoadOrThrow(json, path), tree);
        }

        _snapshot = new Snapshot(bySource);
        if (options.WatchFiles)
        {
            foreach (var file in options.RuleSetFiles)
            {
                Watch(Path.GetFullPath(file));
            }
        }
    }

    /// <summary>Raised after a rule set was swapped in (argument: the source path).</summary>
    public event EventHandler<string>? RuleSetChanged;

    /// <summary>The calendar (today and the current quarter from the host's clock).</summary>
    public AssessmentCalendar Calendar { get; }

    /// <summary>The org tree the scorers check units against.</summary>
    internal OrgTree Tree => _tree;

    /// <summary>The rule sets in force, ordered by id.</summary>
    public IReadOnlyList<ScoringRuleSet> RuleSets => _snapshot.RuleSets;

    /// <summary>The scorer of a rule set by id.</summary>
    /// <param name="ruleSetId">The rule set's id.</param>
    /// <returns>The scorer.</returns>
    /// <exception cref="KeyNotFoundException">No rule set has this id.</exception>
    public QuarterlyScorer ScorerFor(string ruleSetId) =>
        _snapshot.ById.TryGetValue(ruleSetId, out var scorer)
            ? scorer
            : throw new KeyNotFoundException(Catalog.Of(nameof(Messages.UnknownRuleSet), ("id", ruleSetId)).Render(null));

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
        if (!SourceFiles.TryRead(full, out var json, out report) || !ScoringRuleSetJson.TryLoad(json, out var set, out report))
        {
            KitInstrumentation.RuleSetReloads.Add(1, new KeyValuePair<string, object?>(KitInstrumentation.OutcomeTag, "rejected"));
            LogRejected(full, report);
            return false;
        }

        lock (_swap)
        {
            var sources = new Dictionary<string, QuarterlyScorer>(_snapshot.BySource, StringComparer.Ordinal) { [full] = new QuarterlyScorer(set, _tree) };
            _snapshot = new Snapshot(sources);
        }

        KitInstrumentation.RuleSetReloads.Add(1, new KeyValuePair<string, object?>(KitInstrumentation.OutcomeTag, "swapped"));
        if (_logger.IsEnabled(LogLevel.Information))
        {
            Log.RuleSetSwapped(
                _logger,
                Catalog.Of(nameof(Messages.RuleSetSwapped), ("source", full), ("ruleSet", set.Id), ("version", set.Version)),
                full,
                set.Id,
                set.Version);
        }
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
        if (!ScoringRuleSetJson.TryLoad(json, out var set, out var report))
        {
            LogRejected(source, report);
            throw new ValidationFailedException(report);
        }

        if (_logger.IsEnabled(LogLevel.Information))
        {
            Log.RuleSetLoaded(
                _logger,
                Catalog.Of(nameof(Messages.RuleSetLoaded), ("source", source), ("ruleSet", set.Id), ("version", set.Version)),
                source,
                set.Id,
                set.Version);
        }
        return set;
    }

    private void LogRejected(string source, ValidationReport report)
    {
        if (_logger.IsEnabled(LogLevel.Error))
        {
            Log.RuleSetRejected(
                _logger,
                Catalog.Of(nameof(Messages.RuleSetRejected), ("source", source), ("problems", report.ToString(null))),
                source,
                string.Join(',', report.Errors.Select(static i => i.Code)));
        }
    }

    private void Watch(string fullPath)
    {
        var provider = new PhysicalFileProvider(Path.GetDirectoryName(fullPath)!);
        _providers.Add(provider);
        var name = Path.GetFileName(fullPath);
        _watchers.Add(ChangeToken.OnChange(() => provider.Watch(name), () => TryReload(fullPath, out _)));
    }

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
