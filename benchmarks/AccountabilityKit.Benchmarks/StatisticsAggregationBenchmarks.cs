using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using BenchmarkDotNet.Attributes;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// Q1 of the statistics issue: group 1M synthetic accountability facts (deterministic seed; 120 regions, 20,000 units,
/// 10 years × 4 quarters, skewed forms) by (region, year, form) with four measures — entries, person-times,
/// organisation entries, typical cases. Baseline: naive LINQ <c>GroupBy</c> over a <see cref="List{T}"/> of fact
/// objects; against it the columnar <see cref="ColumnarStatExecutor"/> over a <see cref="FactTable"/>. Load time is
/// in the global setup and not measured.
/// </summary>
[MemoryDiagnoser]
public class StatisticsAggregationBenchmarks
{
    private static readonly StatRequest Q1 = new()
    {
        Dimensions = [FactField.Region, FactField.Year, FactField.Form],
        Measures = [StatMeasure.Count(), StatMeasure.Sum(FactField.Persons), StatMeasure.Sum(FactField.Organizations), StatMeasure.Sum(FactField.TypicalCases)],
    };

    private List<AccountabilityFact> _facts = null!;
    private FactTable _table = null!;

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        var regions = Enumerable.Range(0, 120).Select(i => new OrgUnitId($"R{i:D3}")).ToArray();
        var units = Enumerable.Range(0, 20_000).Select(i => new OrgUnitId($"U{i:D5}")).ToArray();
        // Skewed: admonishment and circulated notice dominate, reorganisation is rare.
        AccountabilityForm[] formWeights =
        [
            .. Enumerable.Repeat(AccountabilityForm.Admonishment, 40), .. Enumerable.Repeat(AccountabilityForm.CirculatedNotice, 25),
            .. Enumerable.Repeat(AccountabilityForm.WrittenExamination, 20), .. Enumerable.Repeat(AccountabilityForm.OrganizationalAdjustment, 8),
            .. Enumerable.Repeat(AccountabilityForm.DisciplinarySanction, 6), AccountabilityForm.Reorganization,
        ];
        _facts = new List<AccountabilityFact>(Rows);
        for (var i = 0; i < Rows; i++)
        {
            // Skewed units: squaring a uniform draw favours low unit numbers (busy counties).
            var u = (int)(Math.Pow(random.NextDouble(), 2) * units.Length);
            var cadre = random.Next(10) < 8;
            var firstOfCase = i % 3 == 0;
            var typical = (i / 3) % 20 == 0;
            _facts.Add(new AccountabilityFact
            {
                CaseId = $"C{i / 3}",
                Region = regions[u % regions.Length],
                Unit = units[u],
                UnitKind = UnitKind.CountyDepartment,
                Quarter = new AssessmentQuarter(2016 + random.Next(10), 1 + random.Next(4)),
                SubjectKind = cadre ? SubjectKind.Cadre : SubjectKind.Organization,
                Form = formWeights[random.Next(formWeights.Length)],
                IsTypical = typical,
                NoticeBatch = typical ? $"B{random.Next(40)}" : null,
                Person = cadre ? new PersonId($"P{random.Next(200_000)}") : null,
                Persons = cadre ? 1 : 0,
                Organizations = cadre ? 0 : 1,
                Cases = firstOfCase ? 1 : 0,
                Subjects = 1,
                TypicalCases = firstOfCase && typical ? 1 : 0,
            });
        }

        _table = new FactTable();
        _table.AppendRange(_facts);
    }

    /// <summary>What a user would write: LINQ GroupBy over objects.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveLinqGroupBy() =>
        _facts
            .GroupBy(f => (f.Region, f.Year, f.Form))
            .Select(g => (g.Key, Count: g.Count(), Persons: g.Sum(f => f.Persons), Organizations: g.Sum(f => f.Organizations), Typical: g.Sum(f => f.TypicalCases)))
            .Count();

    /// <summary>The columnar engine (dense group index: 120 × 10 × 6 groups).</summary>
    [Benchmark]
    public int ColumnarEngine() => ColumnarStatExecutor.Execute(_table, Q1).Rows.Length;
}
