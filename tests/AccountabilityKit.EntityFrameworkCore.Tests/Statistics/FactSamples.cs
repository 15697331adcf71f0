using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.EntityFrameworkCore.Tests.Specifications;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using CsCheck;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Statistics;

/// <summary>Accountability facts over <see cref="SampleUnits.Tree"/>: built from 17 random integers each, as the statistics tests do.</summary>
internal static class FactSamples
{
    private static readonly AccountabilityFactProjection Projection = new(SampleUnits.Tree);

    /// <summary>One fact from 17 integers (each 0–1000); <paramref name="index"/> makes the case id unique when given.</summary>
    public static AccountabilityFact Make(int[] r, int? index = null)
    {
        var unit = SampleUnits.All[r[0] % SampleUnits.All.Length].Id;
        return new AccountabilityFact
        {
            CaseId = index is { } i ? $"C{i:D5}" : $"C{r[1] % 12:D5}",
            Region = Projection.RegionOf(unit),
            Unit = unit,
            UnitKind = SampleUnits.Tree[unit].Kind,
            Quarter = new AssessmentQuarter(2020, 1).Plus(r[2] % 12),
            SubjectKind = (SubjectKind)(r[3] % 2),
            Form = (AccountabilityForm)(r[4] % 6),
            Adjustment = r[5] % 3 == 0 ? null : (OrganizationalAdjustmentKind)(r[5] % 5),
            Sanction = r[6] % 4 == 0 ? (DisciplinarySanction)(r[6] % 5) : null,
            Responsibility = r[7] % 4 == 3 ? null : (LeadershipResponsibility)(r[7] % 3),
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

    /// <summary>A random list of facts (case ids repeat, as several entries share a case).</summary>
    public static readonly Gen<List<AccountabilityFact>> Gen = CsCheck.Gen.Int[0, 1000].Array[17].Select(r => Make(r)).List[0, 120];

    /// <summary><paramref name="count"/> deterministic facts with unique case ids (for ordering and paging).</summary>
    public static List<AccountabilityFact> Fixed(int count, int seed = 7)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => Make([.. Enumerable.Range(0, 17).Select(_ => random.Next(0, 1001))], i))];
    }
}
