using System.Globalization;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// Scores 5,000 county-level units × 4 quarters × 20 findings (400,000 findings, 20,000 score cards with lines and zh-CN reasons)
/// under the shipped county-level example rule set: <see cref="QuarterlyScorer"/> (findings grouped once per unit and quarter,
/// categories by frozen dictionary) against a straightforward implementation that re-scans all of a unit's findings
/// for every rule item (each category, the repeat check, overdue, each veto) — the baseline.
/// </summary>
[MemoryDiagnoser]
public class QuarterlyScoringBenchmarks
{
    private const int FindingsPerQuarter = 20;
    private static readonly AssessmentYear Year = new(2026);
    private ScoringRuleSet _rules = null!;
    private QuarterlyScorer _scorer = null!;
    private ScoringInput[] _inputs = null!;
    private (OrgUnitId Unit, Finding[] Findings)[] _byUnit = null!;

    [Params(5_000)]
    public int Units { get; set; }

    /// <summary>The findings scored per invocation.</summary>
    public int FindingCount => Units * 4 * FindingsPerQuarter;

    [GlobalSetup]
    public void Setup()
    {
        _rules = BuiltInRuleSets.CountyLevel2026;
        var root = new OrgUnit(new OrgUnitId("city"), "市委", UnitKind.City);
        var units = Enumerable.Range(0, Units).Select(i => new OrgUnit(new OrgUnitId($"c{i:D5}"), $"县{i}", UnitKind.County, root.Id)).ToList();
        var tree = OrgTree.Build([root, .. units]);
        _scorer = new QuarterlyScorer(_rules, tree);
        var categories = _rules.Categories.Select(c => c.Code).ToArray();
        var random = new Random(2026);
        var inputs = new List<ScoringInput>(Units * 4);
        var byUnit = new List<(OrgUnitId, Finding[])>(Units);
        foreach (var unit in units)
        {
            var all = new List<Finding>(4 * FindingsPerQuarter);
            ScoringInput? previous = null;
            foreach (var quarter in Year.Quarters)
            {
                var findings = new Finding[FindingsPerQuarter];
                for (var f = 0; f < FindingsPerQuarter; f++)
                {
                    // Serious findings are rare (1 in 40), as in practice; they also trigger the political veto.
                    var severity = random.Next(40) == 0 ? FindingSeverity.Serious : (FindingSeverity)random.Next(2);
                    var deadline = quarter.FirstDay.PlusDays(random.Next(20, 80));
                    findings[f] = new Finding($"{unit.Id}-{quarter}-{f:D2}", unit.Id, quarter, FindingSource.QuarterlyInspection, categories[random.Next(categories.Length)], severity, "问题")
                    {
                        RectificationDeadline = deadline,
                        RectifiedOn = random.Next(3) == 0 ? null : deadline.PlusDays(random.Next(-15, 10)),
                    };
                }

                all.AddRange(findings);
                var input = new ScoringInput(unit.Id, quarter, quarter.LastDay)
                {
                    Findings = findings,
                    PreviousQuarterFindings = previous?.Findings ?? [],
                };
                inputs.Add(input);
                previous = input;
            }

            byUnit.Add((unit.Id, all.ToArray()));
        }

        _inputs = [.. inputs];
        _byUnit = [.. byUnit];

        // Both implementations must agree before they are timed.
        var expected = Library();
        var naive = NaiveRescan();
        if (expected != naive)
        {
            throw new InvalidOperationException($"The implementations disagree: {expected} vs {naive}.");
        }
    }

    [Benchmark(Baseline = true)]
    public decimal NaiveRescan()
    {
        var sum = 0m;
        foreach (var (_, findings) in _byUnit)
        {
            foreach (var quarter in Year.Quarters)
            {
                sum += NaiveScore(findings, quarter);
            }
        }

        return sum;
    }

    [Benchmark]
    public decimal Library()
    {
        var sum = 0m;
        foreach (var input in _inputs)
        {
            sum += _scorer.Score(input).Total;
        }

        return sum;
    }

    /// <summary>The straightforward version: every rule item scans all of the unit's findings again; it builds the same lines.</summary>
    private decimal NaiveScore(Finding[] findings, AssessmentQuarter quarter)
    {
        var lines = new List<(string Item, string? Finding, decimal Points, string Reason)> { ("base", null, _rules.BaseScore, $"基础分{_rules.BaseScore}分") };
        foreach (var category in _rules.Categories)
        {
            var repeated = findings.Any(f => f.Quarter == quarter.Previous() && f.CategoryCode == category.Code);
            var sum = 0m;
            foreach (var f in findings.Where(f => f.Quarter == quarter && f.CategoryCode == category.Code).OrderBy(f => f.Id, StringComparer.Ordinal))
            {
                var points = category.Deductions.For(f.Severity) * (repeated ? _rules.RepeatFactor : 1m);
                sum += points;
                lines.Add((category.Code, f.Id, -points, string.Create(CultureInfo.InvariantCulture, $"{category.Name}：{Labels.ZhCn(f.Severity)}问题扣{points}分")));
            }

            if (sum > category.Cap)
            {
                lines.Add((category.Code, null, sum - category.Cap, string.Create(CultureInfo.InvariantCulture, $"{category.Name}扣分{sum}分，超过上限{category.Cap}分")));
            }
        }

        var overdue = 0m;
        foreach (var f in findings.Where(f => f.Quarter == quarter).OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            if (f.RectificationAt(quarter.LastDay).MissedDeadline)
            {
                overdue += _rules.OverduePerItem;
                lines.Add(("overdue", f.Id, -_rules.OverduePerItem, $"问题逾期整改，扣{_rules.OverduePerItem}分"));
            }
        }

        if (overdue > _rules.OverdueCap)
        {
            lines.Add(("overdue", null, overdue - _rules.OverdueCap, "逾期整改扣分封顶"));
        }

        var subtotal = lines.Sum(l => l.Points);
        var total = _rules.Round(Math.Max(subtotal, _rules.Floor));
        foreach (var veto in _rules.Vetoes)
        {
            if (findings.Any(f => f.Quarter == quarter && f.Severity >= veto.MinSeverity && veto.CategoryCodes.Contains(f.CategoryCode)))
            {
                lines.Add(("veto", null, 0m, $"一票否决：{veto.Name}"));
            }
        }

        return total;
    }
}
