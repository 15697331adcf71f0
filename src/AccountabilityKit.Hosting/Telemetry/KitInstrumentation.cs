using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace AccountabilityKit.Hosting;

/// <summary>The kit's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, and the instruments on it (names in the README).</summary>
internal static class KitInstrumentation
{
    public const string OperationDurationName = "accountabilitykit.operation.duration";
    public const string ScoreCardsName = "accountabilitykit.scoring.cards";
    public const string NearDuplicatePairsName = "accountabilitykit.near_duplicates.pairs";
    public const string StatisticsRowsName = "accountabilitykit.statistics.rows";
    public const string HistoryChainsName = "accountabilitykit.history.chains";
    public const string RuleSetReloadsName = "accountabilitykit.rule_sets.reloads";

    /// <summary>Tag: which long operation (<c>score_quarter</c>, <c>detect_near_duplicates</c>, <c>aggregate</c>, <c>verify_history</c>).</summary>
    public const string OperationTag = "accountabilitykit.operation";

    /// <summary>Tag: the exception type when an operation failed (OpenTelemetry's <c>error.type</c>).</summary>
    public const string ErrorTypeTag = "error.type";

    public const string RuleSetIdTag = "accountabilitykit.rule_set.id";
    public const string QuarterTag = "accountabilitykit.quarter";
    public const string EngineTag = "accountabilitykit.statistics.engine";
    public const string EntityTypeTag = "accountabilitykit.history.entity_type";
    public const string IntactTag = "accountabilitykit.history.intact";
    public const string OutcomeTag = "accountabilitykit.outcome";

    private static readonly string? Version =
        typeof(KitInstrumentation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    public static ActivitySource Source { get; } = new(AccountabilityKitTelemetry.ActivitySourceName, Version);

    public static Meter Meter { get; } = new(AccountabilityKitTelemetry.MeterName, Version);

    public static Histogram<double> OperationDuration { get; } =
        Meter.CreateHistogram<double>(OperationDurationName, "s", "Duration of the kit's long operations.");

    public static Counter<long> ScoreCards { get; } =
        Meter.CreateCounter<long>(ScoreCardsName, "{card}", "Score cards produced by quarter scoring.");

    public static Counter<long> NearDuplicatePairs { get; } =
        Meter.CreateCounter<long>(NearDuplicatePairsName, "{pair}", "Near-duplicate checklist pairs found.");

    public static Counter<long> StatisticsRows { get; } =
        Meter.CreateCounter<long>(StatisticsRowsName, "{row}", "Rows of statistics tables produced by aggregation.");

    public static Counter<long> HistoryChains { get; } =
        Meter.CreateCounter<long>(HistoryChainsName, "{chain}", "History chains verified, tagged intact or not.");

    public static Counter<long> RuleSetReloads { get; } =
        Meter.CreateCounter<long>(RuleSetReloadsName, "{reload}", "Rule-set file reloads, tagged swapped or rejected.");
}
