using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using CsCheck;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.TestSupport;

/// <summary>CsCheck generators of random facts and random requests over every feature of <see cref="StatRequest"/>.</summary>
internal static class RandomStats
{
    public static readonly OrgUnitId[] Units = [City, CountyA, CountyB, BureauA, TownA, BureauB];

    /// <summary>Every base aggregate over every field.</summary>
    public static readonly StatMeasure[] BaseMeasures =
    [
        StatMeasure.Count(),
        .. FactFields.Numerics.SelectMany(f => new[] { StatMeasure.Sum(f), StatMeasure.Min(f), StatMeasure.Max(f) }),
        .. FactFields.Dimensions.Select(StatMeasure.DistinctCount),
    ];

    /// <summary>The base aggregates a share may be taken of.</summary>
    public static readonly StatMeasure[] Shareable = [.. BaseMeasures.Where(m => m.Kind is not (AggregateKind.Min or AggregateKind.Max))];

    private static readonly AccountabilityFactProjection Projection = new(Tree);

    public static AccountabilityFact MakeFact(int[] r)
    {
        var unit = Units[r[0] % Units.Length];
        return new AccountabilityFact
        {
            CaseId = $"C{r[1] % 12}",
            Region = Projection.RegionOf(unit),
            Unit = unit,
            UnitKind = Tree[unit].Kind,
            Quarter = new AssessmentQuarter(2020, 1).Plus(r[2] % 12),
            SubjectKind = (SubjectKind)(r[3] % 2),
            Form = (AccountabilityForm)(r[4] % 6),
            Adjustment = r[5] % 3 == 0 ? null : (OrganizationalAdjustmentKind)(r[5] % 5),
            Sanction = r[6] % 4 == 0 ? (DisciplinarySanction)(r[6] % 5) : null,
            Responsibility = r[7] % 4 == 3 ? null : (Accountability.Responsibilities.LeadershipResponsibility)(r[7] % 3),
            Circumstance = r[8] % 5 == 0 ? null : (Circumstance)(r[8] % 11),
            IsTypical = r[9] % 3 == 0,
            NoticeBatch = r[9] % 3 == 0 ? $"B{r[10] % 3}" : null,
            Person = r[11] % 4 == 0 ? null : new PersonId($"P{r[11] % 7}"),
            Persons = r[12] % 3,
            Organizations = r[13] % 2,
            Cases = r[14] % 2,
            Subjects = r[15] % 5,
            TypicalCases = r[16] % 2,
        };
    }

    public static readonly Gen<List<AccountabilityFact>> Facts = Gen.Int[0, 1000].Array[17].Select(MakeFact).List[0, 200];

    private static readonly Gen<StatMeasure> Measure = Gen.Frequency(
        (6, Gen.Int[0, BaseMeasures.Length - 1].Select(i => BaseMeasures[i])),
        (2, Gen.Int[0, Shareable.Length - 1].Select(i => StatMeasure.ShareOfTotal(Shareable[i]))),
        (2, Gen.Select(Gen.Int[0, BaseMeasures.Length - 1], Gen.Int[0, BaseMeasures.Length - 1], (a, b) => StatMeasure.Ratio(BaseMeasures[a], BaseMeasures[b]))));

    /// <summary>Random requests over <paramref name="facts"/>: dimensions, measures (shares and ratios too), period, scope, filters, grand total, rollup, top-N.</summary>
    public static Gen<StatRequest> Request(List<AccountabilityFact> facts) =>
        Gen.Select(
            Gen.Int[0, FactFields.Dimensions.Count - 1].Array[0, 4],
            Measure.Array[1, 5],
            Gen.Int[0, 14].Array[4],
            Gen.Int[0, FactFields.Dimensions.Count - 1].Array[0, 2],
            Gen.Int[0, 1000].Array[3],
            Gen.Int[0, 7],
            Gen.Int[0, 9],
            (dims, measures, period, filterDims, filterPicks, flags, top) =>
            {
                var dimensions = dims.Select(i => FactFields.Dimensions[i]).Distinct().ToArray();
                return new StatRequest
                {
                    Dimensions = [.. dimensions],
                    Measures = [.. measures],
                    From = period[0] < 12 ? new AssessmentQuarter(2020, 1).Plus(period[0]) : null,
                    To = period[1] < 12 ? new AssessmentQuarter(2020, 1).Plus(Math.Max(period[1], period[0] < 12 ? period[0] : 0)) : null,
                    Scope = period[2] < Units.Length ? DataScope.Subtree(Tree, Units[period[2]]) : null,
                    Filters = [.. filterDims.Select((d, k) => new DimensionFilter(
                        FactFields.Dimensions[d],
                        [.. facts.Count == 0 ? ["none"] : facts.Where((_, i) => (i + filterPicks[k]) % 3 == 0).Select(f => FactValues.Text(f, FactFields.Dimensions[d])).Distinct()]))],
                    IncludeGrandTotal = (flags & 1) != 0,
                    Rollup = (flags & 2) != 0,
                    Top = dimensions.Length > 0 && top < 4 ? new StatTopN(measures[top % measures.Length].Key, 1 + top) : null,
                };
            });

    public static Gen<(List<AccountabilityFact> Facts, StatRequest Request)> FactsAndRequests =>
        Facts.SelectMany(facts => Request(facts).Select(request => (facts, request)));

    public static List<string> Render(StatTable table) => [.. table.Rows.Select(r => r.ToString())];
}
