using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AccountabilityKit.Hosting;

/// <summary>
/// Near-duplicate detection (雷同) with the host's settings, instrumented: an activity
/// <c>AccountabilityKit.DetectNearDuplicates</c>, the <c>accountabilitykit.operation.duration</c> and
/// <c>accountabilitykit.near_duplicates.pairs</c> measurements, and log event 2001 (9001 when it fails).
/// </summary>
public sealed class NearDuplicateDetection
{
    private const string Operation = "detect_near_duplicates";
    private const string ActivityName = "AccountabilityKit.DetectNearDuplicates";
    private readonly ILogger _logger;

    internal NearDuplicateDetection(NearDuplicateDetector detector, ILogger<NearDuplicateDetection>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(detector);
        Detector = detector;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The detector (built once from <see cref="NearDuplicateDetectionOptions"/>; thread-safe).</summary>
    public NearDuplicateDetector Detector { get; }

    /// <summary>Finds the near-duplicate pairs among <paramref name="checklists"/>; see <see cref="NearDuplicateDetector.Detect"/>.</summary>
    /// <param name="checklists">The lists; ids must be distinct.</param>
    /// <param name="templates">Templates to compare each list with; may be null.</param>
    /// <returns>The report.</returns>
    public NearDuplicateReport Detect(IEnumerable<ResponsibilityChecklist> checklists, IEnumerable<ChecklistTemplate>? templates = null)
    {
        ArgumentNullException.ThrowIfNull(checklists);
        var operation = KitOperation.Start(Operation, ActivityName);
        NearDuplicateReport report;
        try
        {
            report = Detector.Detect(checklists, templates);
        }
        catch (Exception e)
        {
            operation.Fail(e, _logger, Catalog.Of(nameof(Messages.OperationDetectNearDuplicates)));
            throw;
        }

        operation
            .Tag("accountabilitykit.near_duplicates.list_count", report.ListCount)
            .Tag("accountabilitykit.near_duplicates.compared_pairs", report.ComparedPairs)
            .Tag("accountabilitykit.near_duplicates.pair_count", report.Pairs.Length);
        var elapsed = operation.Complete();
        KitInstrumentation.NearDuplicatePairs.Add(report.Pairs.Length);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            Log.NearDuplicatesDetected(
                _logger,
                Catalog.Of(
                    nameof(Messages.NearDuplicatesDetected),
                    ("lists", report.ListCount),
                    ("compared", report.ComparedPairs),
                    ("pairs", report.Pairs.Length),
                    ("milliseconds", (long)elapsed.TotalMilliseconds)),
                report.ListCount,
                report.ComparedPairs,
                report.Pairs.Length,
                elapsed.TotalMilliseconds);
        }
        return report;
    }
}
