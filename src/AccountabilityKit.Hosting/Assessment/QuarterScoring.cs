using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AccountabilityKit.Hosting;

/// <summary>
/// Scores a quarter with the rule sets in force in the <see cref="RuleSetRegistry"/>, instrumented: an activity
/// <c>AccountabilityKit.ScoreQuarter</c>, the <c>accountabilitykit.operation.duration</c> and
/// <c>accountabilitykit.scoring.cards</c> measurements, and log event 4004 (9001 when it fails).
/// </summary>
public sealed class QuarterScoring
{
    private const string Operation = "score_quarter";
    private const string ActivityName = "AccountabilityKit.ScoreQuarter";
    private readonly ILogger _logger;

    internal QuarterScoring(RuleSetRegistry registry, ILogger<QuarterScoring>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        Registry = registry;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The rule sets in force.</summary>
    public RuleSetRegistry Registry { get; }

    /// <summary>
    /// Scores every unit of <paramref name="quarter"/>, each with the rule set in force that covers the quarter and scores
    /// its unit kind; stops at the first invalid input.
    /// </summary>
    /// <param name="quarter">The quarter scored; every input must be of this quarter (<c>AS053</c> otherwise).</param>
    /// <param name="inputs">One input per unit.</param>
    /// <returns>The cards, in input order.</returns>
    /// <exception cref="ValidationFailedException">An input is invalid (its <c>AS…</c> issues), names a unit outside the
    /// org tree (<c>AS050</c>), or no rule set applies to its unit (<c>HO003</c>).</exception>
    public IReadOnlyList<ScoreCard> Score(AssessmentQuarter quarter, IEnumerable<ScoringInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Run(quarter, null, () =>
        {
            var cards = new List<ScoreCard>();
            foreach (var input in inputs)
            {
                ArgumentNullException.ThrowIfNull(input);
                cards.Add(ScorerOf(quarter, input).Score(input));
            }

            return cards;
        });
    }

    /// <summary>Scores every input of <paramref name="quarter"/> with the rule set <paramref name="ruleSetId"/>; stops at the first invalid input.</summary>
    /// <param name="quarter">The quarter scored.</param>
    /// <param name="ruleSetId">The rule set's id.</param>
    /// <param name="inputs">One input per unit.</param>
    /// <returns>The cards, in input order.</returns>
    /// <exception cref="KeyNotFoundException">No rule set has this id.</exception>
    /// <exception cref="ValidationFailedException">An input is invalid.</exception>
    public IReadOnlyList<ScoreCard> Score(AssessmentQuarter quarter, string ruleSetId, IEnumerable<ScoringInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(ruleSetId);
        ArgumentNullException.ThrowIfNull(inputs);
        return Run(quarter, ruleSetId, () => [.. Registry.ScorerFor(ruleSetId).ScoreAll(inputs)]);
    }

    private QuarterlyScorer ScorerOf(AssessmentQuarter quarter, ScoringInput input)
    {
        if (Registry.Tree.TryGet(input.Unit, out var unit))
        {
            if (Registry.ScorerFor(quarter, unit.Kind) is { } scorer)
            {
                return scorer;
            }
        }
        else if (Registry.RuleSets.Count > 0)
        {
            // A unit outside the org tree: any scorer reports it (AS050) with the input's other problems.
            return Registry.ScorerFor(Registry.RuleSets[0].Id);
        }

        throw new ValidationFailedException(ValidationIssue.Error(
            HostingIssueCodes.NoRuleSetApplies,
            "unit",
            Catalog.Of(nameof(Messages.NoRuleSetApplies), ("quarter", quarter), ("unit", input.Unit))));
    }

    private List<ScoreCard> Run(AssessmentQuarter quarter, string? ruleSetId, Func<List<ScoreCard>> score)
    {
        var operation = KitOperation.Start(Operation, ActivityName)
            .Tag(KitInstrumentation.QuarterTag, quarter.ToString())
            .Tag(KitInstrumentation.RuleSetIdTag, ruleSetId);
        List<ScoreCard> cards;
        try
        {
            cards = score();
        }
        catch (Exception e)
        {
            operation.Fail(e, _logger, Catalog.Of(nameof(Messages.OperationScoreQuarter)));
            throw;
        }

        operation.Tag("accountabilitykit.scoring.card_count", cards.Count);
        var elapsed = operation.Complete();
        foreach (var group in cards.GroupBy(static c => c.RuleSetId, StringComparer.Ordinal))
        {
            KitInstrumentation.ScoreCards.Add(group.Count(), new KeyValuePair<string, object?>(KitInstrumentation.RuleSetIdTag, group.Key));
        }

        if (_logger.IsEnabled(LogLevel.Information))
        {
            Log.QuarterScored(
                _logger,
                Catalog.Of(nameof(Messages.QuarterScored), ("quarter", quarter), ("count", cards.Count), ("milliseconds", (long)elapsed.TotalMilliseconds)),
                quarter.ToString(),
                cards.Count,
                elapsed.TotalMilliseconds);
        }
        return cards;
    }
}
