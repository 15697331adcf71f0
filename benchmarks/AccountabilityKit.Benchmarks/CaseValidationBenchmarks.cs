using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// Checking 10,000 accountability cases (1–3 cadres, an organisation in half of them, random forms and authorities)
/// against the ARR2019 pack: the naive re-scan of the pack's entry lists for every form, authority cell and
/// circumstance (the baseline), the same checks through the pack's frozen indexes, and the full
/// <see cref="AccountabilityRules.Validate(AccountabilityCase, RegulationPack)"/> with every rule.
/// </summary>
[MemoryDiagnoser]
public class CaseValidationBenchmarks
{
    private RegulationPack _pack = null!;
    private AccountabilityCase[] _cases = null!;

    [Params(10_000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pack = BuiltInRegulationPacks.Arr2019;
        var random = new Random(2019);
        var kinds = Enum.GetValues<AccountabilityAuthorityKind>();
        var circumstances = Enum.GetValues<Circumstance>();
        AccountabilityForm[] cadreForms = [AccountabilityForm.CirculatedNotice, AccountabilityForm.Admonishment, AccountabilityForm.OrganizationalAdjustment, AccountabilityForm.DisciplinarySanction];
        _cases = new AccountabilityCase[Cases];
        for (var i = 0; i < Cases; i++)
        {
            var unit = new OrgUnitId($"U{i % 500}");
            var cadres = Enumerable.Range(0, 1 + random.Next(3)).Select(j =>
            {
                var form = cadreForms[random.Next(cadreForms.Length)];
                return new AccountableCadre
                {
                    Person = new PersonId($"P{i}-{j}"),
                    Unit = unit,
                    Role = j == 0 ? CadreRole.Secretary : CadreRole.TeamMember,
                    Responsibility = j == 0 ? LeadershipResponsibility.PrimaryLeadership : LeadershipResponsibility.ImportantLeadership,
                    Forms = [form],
                    Adjustment = form == AccountabilityForm.OrganizationalAdjustment ? OrganizationalAdjustmentKind.PostChange : null,
                    Sanction = form == AccountabilityForm.DisciplinarySanction ? DisciplinarySanction.Warning : null,
                };
            }).ToArray();
            var start = new LocalDate(2020, 1, 1).PlusDays(random.Next(1000));
            _cases[i] = new AccountabilityCase
            {
                Id = $"C{i}",
                Authority = new AccountabilityAuthority(kinds[random.Next(kinds.Length)], new OrgUnitId("CITY")),
                StartApprovedOn = start,
                DecidedOn = start.PlusDays(30),
                DeliveredOn = start.PlusDays(32),
                Circumstances = [circumstances[random.Next(circumstances.Length)]],
                Organizations = i % 2 == 0 ? [new AccountableOrganization { Unit = unit, Forms = [AccountabilityForm.CirculatedNotice] }] : [],
                Cadres = [.. cadres],
            };
        }
    }

    [Benchmark(Baseline = true)]
    public int NaivePackRescan()
    {
        var problems = 0;
        foreach (var c in _cases)
        {
            foreach (var circumstance in c.Circumstances)
            {
                problems += _pack.Circumstances.Any(r => r.Circumstance == circumstance) ? 0 : 1;
            }

            foreach (var o in c.Organizations)
            {
                problems += NaiveForms(c, SubjectKind.Organization, o.Forms);
            }

            foreach (var x in c.Cadres)
            {
                problems += NaiveForms(c, SubjectKind.Cadre, x.Forms);
            }
        }

        return problems;
    }

    [Benchmark]
    public int IndexedPackLookups()
    {
        var problems = 0;
        foreach (var c in _cases)
        {
            foreach (var circumstance in c.Circumstances)
            {
                problems += _pack.TryGetCircumstance(circumstance, out _) ? 0 : 1;
            }

            foreach (var o in c.Organizations)
            {
                problems += IndexedForms(c, SubjectKind.Organization, o.Forms);
            }

            foreach (var x in c.Cadres)
            {
                problems += IndexedForms(c, SubjectKind.Cadre, x.Forms);
            }
        }

        return problems;
    }

    [Benchmark]
    public int FullValidation()
    {
        var problems = 0;
        foreach (var c in _cases)
        {
            problems += AccountabilityRules.Validate(c, _pack).Issues.Length;
        }

        return problems;
    }

    private int NaiveForms(AccountabilityCase c, SubjectKind subject, System.Collections.Immutable.ImmutableArray<AccountabilityForm> forms)
    {
        var problems = 0;
        foreach (var form in forms)
        {
            var allowed = _pack.Forms.Any(f => f.SubjectKind == subject && f.Form == form);
            var cell = _pack.Authorities.LastOrDefault(a => a.AuthorityKind == c.Authority.Kind && a.SubjectKind == subject && a.Form == form);
            problems += !allowed || cell is null || cell.Power == AuthorityPower.ProposeOnly ? 1 : 0;
        }

        return problems;
    }

    private int IndexedForms(AccountabilityCase c, SubjectKind subject, System.Collections.Immutable.ImmutableArray<AccountabilityForm> forms)
    {
        var problems = 0;
        foreach (var form in forms)
        {
            var allowed = _pack.TryGetForm(subject, form, out _);
            var hasCell = _pack.TryGetAuthority(c.Authority.Kind, subject, form, out var cell);
            problems += !allowed || !hasCell || cell!.Power == AuthorityPower.ProposeOnly ? 1 : 0;
        }

        return problems;
    }
}
