using System.Globalization;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// Deterministic synthetic accountability facts for the statistics benchmarks: 120 regions, 20,000 units (each in one
/// region), 10 years (2016–2025) × 4 quarters, the 6 accountability forms of ARR2019, 200,000 cadres, 40 notice batches.
/// Skewed like real data: regions are Zipf-distributed (s = 1: the busiest region has ~19 % of the cases, the quietest
/// ~0.16 %), units within a region favour the first ones, later years and the fourth quarter carry more cases,
/// and forms follow the subject: organisations mostly get a written examination or a circulated notice, rarely a
/// reorganisation; cadres mostly an admonishment or a circulated notice. A case has 1–3 entries (rows), 5 % of cases are
/// typical cases circulated in a notice batch. Rows are generated straight into a struct array; every other form is built
/// from it, so all engines see the same data.
/// </summary>
internal static class SyntheticAccountabilityFacts
{
    public const int Regions = 120;
    public const int Units = 20_000;
    public const int FirstYear = 2016;
    public const int Years = 10;
    public const int People = 200_000;
    public const int Batches = 40;

    private static readonly (AccountabilityForm Form, int Weight)[] OrganizationForms =
        [(AccountabilityForm.WrittenExamination, 50), (AccountabilityForm.CirculatedNotice, 40), (AccountabilityForm.Reorganization, 10)];

    private static readonly (AccountabilityForm Form, int Weight)[] CadreForms =
        [(AccountabilityForm.Admonishment, 45), (AccountabilityForm.CirculatedNotice, 30), (AccountabilityForm.OrganizationalAdjustment, 15), (AccountabilityForm.DisciplinarySanction, 10)];

    private static readonly OrganizationalAdjustmentKind[] AdjustmentKinds = Enum.GetValues<OrganizationalAdjustmentKind>();
    private static readonly DisciplinarySanction[] SanctionKinds = Enum.GetValues<DisciplinarySanction>();
    private static readonly LeadershipResponsibility[] ResponsibilityKinds = Enum.GetValues<LeadershipResponsibility>();
    private static readonly Circumstance[] CircumstanceKinds = Enum.GetValues<Circumstance>();
    private static readonly UnitKind[] UnitKinds = [UnitKind.CountyDepartment, UnitKind.Township, UnitKind.CityDepartment, UnitKind.StateOwnedEnterprise];

    /// <summary>Generates <paramref name="rows"/> rows (the last case may be cut short) from <paramref name="seed"/>.</summary>
    public static AccountabilityFactRow[] Generate(int rows, int seed)
    {
        var random = new Random(seed);
        var regionCdf = Cumulative(Enumerable.Range(1, Regions).Select(r => 1.0 / r));
        var yearCdf = Cumulative(Enumerable.Range(0, Years).Select(y => 1.0 + (0.25 * y)));
        var quarterCdf = Cumulative([1.0, 1.0, 1.1, 1.5]);
        var organizationFormCdf = Cumulative(OrganizationForms.Select(f => (double)f.Weight));
        var cadreFormCdf = Cumulative(CadreForms.Select(f => (double)f.Weight));
        var facts = new AccountabilityFactRow[rows];
        var caseNumber = 0;
        for (var i = 0; i < rows; caseNumber++)
        {
            var region = Draw(regionCdf, random);
            var (firstUnit, unitCount) = UnitsOf(region);
            // Squaring a uniform draw favours the first units of the region (busy departments).
            var unit = firstUnit + (int)(Math.Pow(random.NextDouble(), 2) * unitCount);
            var year = (short)(FirstYear + Draw(yearCdf, random));
            var quarter = (byte)(1 + Draw(quarterCdf, random));
            var typical = random.Next(20) == 0;
            var batch = typical ? (byte)(1 + random.Next(Batches)) : (byte)0;
            var circumstance = (byte)random.Next(CircumstanceKinds.Length);
            var entries = Math.Min(rows - i, random.Next(10) switch { < 5 => 1, < 8 => 2, _ => 3 });
            for (var e = 0; e < entries; e++, i++)
            {
                var cadre = random.Next(10) < 8;
                var form = cadre ? CadreForms[Draw(cadreFormCdf, random)].Form : OrganizationForms[Draw(organizationFormCdf, random)].Form;
                facts[i] = new AccountabilityFactRow
                {
                    Case = caseNumber,
                    Person = cadre ? random.Next(People) : -1,
                    Region = (ushort)region,
                    Unit = (ushort)unit,
                    Year = year,
                    Quarter = quarter,
                    Form = (byte)form,
                    SubjectKind = (byte)(cadre ? SubjectKind.Cadre : SubjectKind.Organization),
                    Batch = batch,
                    Detail = (byte)((random.Next(8) << 4) | circumstance),
                    IsTypical = typical ? (byte)1 : (byte)0,
                    Persons = cadre ? (byte)1 : (byte)0,
                    Organizations = cadre ? (byte)0 : (byte)1,
                    Cases = e == 0 ? (byte)1 : (byte)0,
                    TypicalCases = e == 0 && typical ? (byte)1 : (byte)0,
                };
            }
        }

        return facts;
    }

    /// <summary>The same rows as <see cref="AccountabilityFact"/> objects (identifiers pooled, one case id string per case).</summary>
    public static List<AccountabilityFact> ToFacts(AccountabilityFactRow[] rows)
    {
        var regions = Enumerable.Range(0, Regions).Select(r => new OrgUnitId("R" + r.ToString("D3", CultureInfo.InvariantCulture))).ToArray();
        var units = Enumerable.Range(0, Units).Select(u => new OrgUnitId("U" + u.ToString("D5", CultureInfo.InvariantCulture))).ToArray();
        var quarters = Enumerable.Range(0, Years * 4).Select(q => new AssessmentQuarter(FirstYear + (q / 4), 1 + (q % 4))).ToArray();
        var people = new PersonId?[People];
        var batches = Enumerable.Range(0, Batches + 1).Select(b => b == 0 ? null : "B" + b.ToString("D2", CultureInfo.InvariantCulture)).ToArray();
        var facts = new List<AccountabilityFact>(rows.Length);
        var caseId = string.Empty;
        var lastCase = -1;
        foreach (ref readonly var row in rows.AsSpan())
        {
            if (row.Case != lastCase)
            {
                lastCase = row.Case;
                caseId = "C" + row.Case.ToString(CultureInfo.InvariantCulture);
            }

            var form = (AccountabilityForm)row.Form;
            var cadre = row.Person >= 0;
            var detail = row.Detail >> 4;
            facts.Add(new AccountabilityFact
            {
                CaseId = caseId,
                Region = regions[row.Region],
                Unit = units[row.Unit],
                UnitKind = UnitKinds[row.Unit % UnitKinds.Length],
                Quarter = quarters[((row.Year - FirstYear) * 4) + row.Quarter - 1],
                SubjectKind = (SubjectKind)row.SubjectKind,
                Form = form,
                Adjustment = form == AccountabilityForm.OrganizationalAdjustment ? AdjustmentKinds[detail % AdjustmentKinds.Length] : null,
                Sanction = form == AccountabilityForm.DisciplinarySanction ? SanctionKinds[detail % SanctionKinds.Length] : null,
                Responsibility = cadre ? ResponsibilityKinds[detail % ResponsibilityKinds.Length] : null,
                Circumstance = CircumstanceKinds[row.Detail & 0xF],
                IsTypical = row.IsTypical == 1,
                NoticeBatch = batches[row.Batch],
                Person = cadre ? people[row.Person] ??= new PersonId("P" + row.Person.ToString("D6", CultureInfo.InvariantCulture)) : null,
                Persons = row.Persons,
                Organizations = row.Organizations,
                Cases = row.Cases,
                Subjects = 1,
                TypicalCases = row.TypicalCases,
            });
        }

        return facts;
    }

    /// <summary>The first unit code and the number of units of <paramref name="region"/> (20,000 units split evenly).</summary>
    private static (int First, int Count) UnitsOf(int region)
    {
        var first = region * Units / Regions;
        return (first, ((region + 1) * Units / Regions) - first);
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var cdf = weights.ToArray();
        var sum = cdf.Sum();
        var running = 0.0;
        for (var i = 0; i < cdf.Length; i++)
        {
            running += cdf[i];
            cdf[i] = running / sum;
        }

        cdf[^1] = 1.0;
        return cdf;
    }

    private static int Draw(double[] cdf, Random random)
    {
        var index = Array.BinarySearch(cdf, random.NextDouble());
        return index >= 0 ? Math.Min(index + 1, cdf.Length - 1) : ~index;
    }
}
