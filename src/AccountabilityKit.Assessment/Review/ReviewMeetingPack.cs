using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.FollowUp;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.Assessment.Review;

/// <summary>The pack for a quarter's review meeting (党建工作点评会): per unit, its problem list and follow-up actions; across units, counts per category and severity.</summary>
public sealed class ReviewMeetingPack
{
    private ReviewMeetingPack(AssessmentQuarter quarter, LocalDate asOf, IReadOnlyList<UnitReviewPage> pages, IReadOnlyList<FindingCount> counts)
    {
        Quarter = quarter;
        AsOf = asOf;
        Pages = pages;
        Counts = counts;
    }

    /// <summary>The quarter.</summary>
    public AssessmentQuarter Quarter { get; }

    /// <summary>The date the rectification state was judged at.</summary>
    public LocalDate AsOf { get; }

    /// <summary>One page per unit, in the order the units were given.</summary>
    public IReadOnlyList<UnitReviewPage> Pages { get; }

    /// <summary>Counts of the listed findings per category and severity (category ordinal, then severity serious first); zero counts are left out.</summary>
    public IReadOnlyList<FindingCount> Counts { get; }

    /// <summary>
    /// The pack in one sentence: 2026年第二季度党建工作点评会：4个单位，列出问题7个，后续措施3项（截至2026年6月30日）
    /// (English for an <c>en</c> culture).
    /// </summary>
    public Message Summary => Catalog.Of(
        nameof(Messages.ReviewMeetingSummary),
        ("quarter", Quarter),
        ("units", Pages.Count),
        ("count", Counts.Sum(c => c.Count)),
        ("actions", Pages.Sum(p => p.Actions.Count)),
        ("asOf", AsOf));

    /// <summary>Builds the pack.</summary>
    /// <param name="tree">The org tree.</param>
    /// <param name="units">The units at the meeting (each receives the findings of its subtree).</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="findings">All findings at hand (earlier quarters' findings still drive follow-up actions).</param>
    /// <param name="policy">The escalation policy (usually <see cref="ScoringRuleSet.FollowUp"/>).</param>
    /// <param name="asOf">The date to judge rectification at.</param>
    /// <param name="cadres">Cadres, to name the secretaries (optional).</param>
    /// <returns>The pack.</returns>
    public static ReviewMeetingPack Build(OrgTree tree, IEnumerable<OrgUnitId> units, AssessmentQuarter quarter, IEnumerable<Finding> findings, EscalationPolicy policy, LocalDate asOf, IEnumerable<Cadre>? cadres = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(findings);
        var all = findings.ToList();
        var cadreList = cadres?.ToList();
        var pages = new List<UnitReviewPage>();
        var listed = new Dictionary<string, Finding>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var problems = ProblemList.For(tree, unit, quarter, all);
            foreach (var f in problems.Findings)
            {
                listed.TryAdd(f.Id, f);
            }

            var subtree = all.Where(f => tree.Contains(f.Unit) && tree.IsWithin(f.Unit, unit) && f.Quarter <= quarter);
            pages.Add(new UnitReviewPage(problems, FollowUpPlanner.Plan(policy, subtree, asOf, cadreList)));
        }

        var counts = listed.Values
            .GroupBy(f => (f.CategoryCode, f.Severity))
            .Select(g => new FindingCount(g.Key.CategoryCode, g.Key.Severity, g.Count()))
            .OrderBy(c => c.CategoryCode, StringComparer.Ordinal)
            .ThenByDescending(c => c.Severity)
            .ToList();
        return new ReviewMeetingPack(quarter, asOf, pages.AsReadOnly(), counts.AsReadOnly());
    }
}
