using System.Globalization;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.Cli.Synthetic;

/// <summary>
/// Builds a <see cref="SyntheticCity"/> from a seeded <see cref="Random"/>: the same seed, the same city.
/// </summary>
internal sealed class SyntheticCityBuilder
{
    private readonly Random _random;

    public SyntheticCityBuilder(int seed) => _random = new Random(seed);

    public SyntheticCity Create(int counties, int departments, int firstYear, int lastYear)
    {
        var units = new List<OrgUnit> { new(new OrgUnitId(SyntheticCity.CityId), "江海市委", UnitKind.City) };
        for (var c = 1; c <= counties; c++)
        {
            var county = new OrgUnitId($"{SyntheticCity.CityId}-C{c:D2}");
            units.Add(new OrgUnit(county, Pick(Phrases.Counties, c - 1), UnitKind.County, new OrgUnitId(SyntheticCity.CityId)));
            for (var t = 1; t <= 3; t++)
            {
                units.Add(new OrgUnit(new OrgUnitId($"{county}-T{t}"), Pick(Phrases.Townships, (c + t) % Phrases.Townships.Length), UnitKind.Township, county));
            }
        }

        for (var d = 1; d <= departments; d++)
        {
            units.Add(new OrgUnit(new OrgUnitId($"{SyntheticCity.CityId}-D{d:D2}"), Pick(Phrases.Departments, d - 1), UnitKind.CityDepartment, new OrgUnitId(SyntheticCity.CityId)));
        }

        var tree = OrgTree.Build(units);
        var scored = units.Where(u => u.Kind is UnitKind.County or UnitKind.CityDepartment).ToList();
        var cadres = new List<Cadre>();
        CadreRole[] roles = [CadreRole.Secretary, CadreRole.DisciplineSecretary, CadreRole.TeamMember, CadreRole.TeamMember];
        foreach (var unit in scored)
        {
            for (var p = 0; p < roles.Length; p++)
            {
                var name = Pick(Phrases.Surnames, _random.Next(Phrases.Surnames.Length)) + Pick(Phrases.GivenNames, _random.Next(Phrases.GivenNames.Length));
                cadres.Add(new Cadre(new PersonId($"{unit.Id}-P{p + 1}"), name, unit.Id, roles[p]));
            }
        }

        var planted = new Dictionary<string, Localization.Message>(StringComparer.Ordinal);
        var checklists = BuildChecklists(scored, cadres, planted);
        var findings = new List<Finding>();
        var bonuses = new List<(OrgUnitId, AssessmentQuarter, BonusClaim)>();
        var cases = new List<AccountabilityCase>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            foreach (var quarter in new AssessmentYear(year).Quarters)
            {
                findings.AddRange(BuildFindings(tree, scored, cadres, quarter));
                bonuses.AddRange(BuildBonuses(scored, quarter));
            }

            cases.AddRange(BuildCases(scored, cadres, year, Math.Max(5, scored.Count)));
        }

        return new SyntheticCity
        {
            Tree = tree,
            Cadres = cadres,
            Checklists = checklists,
            Planted = planted,
            Findings = findings,
            Bonuses = bonuses,
            Cases = cases,
            RuleSets =
            [
                ScoringRuleSetJson.Load(RuleSetSource.RedatedExampleJson(BuiltInRuleSets.CountyLevel2026, firstYear, lastYear)),
                ScoringRuleSetJson.Load(RuleSetSource.RedatedExampleJson(BuiltInRuleSets.CityDepartments2026, firstYear, lastYear)),
            ],
            FirstYear = firstYear,
            LastYear = lastYear,
        };
    }

    private List<ResponsibilityChecklist> BuildChecklists(List<OrgUnit> scored, List<Cadre> cadres, Dictionary<string, Localization.Message> planted)
    {
        var lists = new List<ResponsibilityChecklist>();
        var countyIndex = 0;
        var departmentIndex = 0;
        foreach (var unit in scored)
        {
            var index = unit.Kind == UnitKind.County ? ++countyIndex : ++departmentIndex;
            var template = SyntheticCity.TemplateFor(unit.Kind);
            var owners = new List<(ChecklistOwner Owner, string Field)> { (ChecklistOwner.Team(unit.Id), "全面从严治党") };
            owners.AddRange(cadres.Where(c => c.Unit == unit.Id).Select(c => (ChecklistOwner.Of(c), Pick(Phrases.Fields, _random.Next(Phrases.Fields.Length)))));
            ResponsibilityChecklist? team = null;
            ResponsibilityChecklist? firstMember = null;
            foreach (var (owner, field) in owners)
            {
                var id = owner.IsTeam ? $"{unit.Id}-TEAM-{template.Year.Value}" : $"{owner.Person}-{template.Year.Value}";
                ResponsibilityChecklist list;
                if (unit.Kind == UnitKind.County && index == 2 && owner.Person?.Value.EndsWith("-P4", StringComparison.Ordinal) == true && firstMember is not null)
                {
                    list = Disguise(firstMember, id, owner);
                    planted[id] = Catalog.Of(nameof(Messages.PlantedHorizontalCopy), ("id", firstMember.Id));
                }
                else if (unit.Kind == UnitKind.CityDepartment && index == 3 && owner.IsTeam && lists.FirstOrDefault(l => l.Id == $"{SyntheticCity.CityId}-D02-TEAM-{template.Year.Value}") is { } other)
                {
                    list = Disguise(other, id, owner);
                    planted[id] = Catalog.Of(nameof(Messages.PlantedCrossUnitCopy), ("id", other.Id));
                }
                else
                {
                    var mode = ItemMode.Tailored;
                    if (unit.Kind == UnitKind.County && index == 3 && owner.Person?.Value.EndsWith("-P3", StringComparison.Ordinal) == true)
                    {
                        mode = ItemMode.DutyText;
                        planted[id] = Catalog.Of(nameof(Messages.PlantedDutyText));
                    }
                    else if (unit.Kind == UnitKind.County && index == 4 && owner.IsTeam)
                    {
                        mode = ItemMode.NoFirstFormMeasure;
                        planted[id] = Catalog.Of(nameof(Messages.PlantedNoFirstFormMeasure));
                    }
                    else if (unit.Kind == UnitKind.CityDepartment && index == 4 && owner.Role == CadreRole.Secretary)
                    {
                        mode = ItemMode.MissingMandatory;
                        planted[id] = Catalog.Of(nameof(Messages.PlantedMandatoryMissing));
                    }

                    list = Tailor(template, id, owner, field, unit.Name, mode);
                }

                team ??= list;
                if (!owner.IsTeam && firstMember is null && owner.Role == CadreRole.TeamMember)
                {
                    firstMember = list;
                }

                lists.Add(list);
            }
        }

        return lists;
    }

    private enum ItemMode
    {
        Tailored,
        DutyText,
        NoFirstFormMeasure,
        MissingMandatory,
    }

    private ResponsibilityChecklist Tailor(ChecklistTemplate template, string id, ChecklistOwner owner, string field, string unitName, ItemMode mode)
    {
        var duties = template.DutiesFor([.. owner.DutyRoles]).ToList();
        if (mode == ItemMode.MissingMandatory)
        {
            var dropped = duties.FirstOrDefault(d => d.IsMandatory);
            if (dropped is not null)
            {
                duties.Remove(dropped);
            }
        }

        var year = template.Year.Value;
        var items = new List<ChecklistItem>();
        var number = 0;
        foreach (var duty in duties)
        {
            number++;
            var content = mode == ItemMode.DutyText
                ? duty.Text
                : $"{unitName}{field}方面第{number}项：{Pick(Phrases.Actions)}{Pick(Phrases.Objects)}，{Pick(Phrases.Details)}，{Pick(Phrases.Details)}";
            var measures = duty.IsFirstForm && mode != ItemMode.NoFirstFormMeasure
                ? $"{Pick(Phrases.Frequencies)}与{field}分管单位负责人开展{Pick(Phrases.FirstFormWords)}，{Pick(Phrases.Details)}"
                : $"{Pick(Phrases.Frequencies)}{Pick(Phrases.Actions)}{Pick(Phrases.Objects)}，{Pick(Phrases.Details)}";
            var halfDone = _random.Next(100) < 75 ? new LocalDate(year, 6, 20 + _random.Next(10)) : (LocalDate?)null;
            var yearDone = _random.Next(100) < 85 ? new LocalDate(year, 12, 1 + _random.Next(18)) : (LocalDate?)null;
            items.Add(new ChecklistItem(
                $"i{number}",
                [duty.Code],
                content,
                measures,
                [new Milestone(new LocalDate(year, 6, 30), "半年小结", halfDone), new Milestone(new LocalDate(year, 12, 20), "全年总结", yearDone)],
                $"{Pick(Phrases.Objects)}{Pick(Phrases.Results)}"));
        }

        return new ResponsibilityChecklist(id, template.Id, template.Year, owner, items);
    }

    /// <summary>A disguised copy: items reordered, punctuation changed, new ids — what a copier does.</summary>
    private ResponsibilityChecklist Disguise(ResponsibilityChecklist source, string id, ChecklistOwner owner)
    {
        var items = source.Items
            .Select(i => (Key: _random.Next(), Item: i))
            .OrderBy(x => x.Key)
            .Select((x, n) => new ChecklistItem(
                $"i{n + 1}",
                x.Item.DutyCodes,
                x.Item.Content.Replace("，", "；", StringComparison.Ordinal) + "。",
                x.Item.Measures.Replace("，", "、", StringComparison.Ordinal),
                x.Item.Milestones,
                x.Item.CompletionStandard + "。"))
            .ToList();
        return new ResponsibilityChecklist(id, source.TemplateId, source.Year, owner, items);
    }

    private List<Finding> BuildFindings(OrgTree tree, List<OrgUnit> scored, List<Cadre> cadres, AssessmentQuarter quarter)
    {
        var findings = new List<Finding>();
        var number = 0;
        string[] categories = ["political", "workStyle", "cadreSelection", "partyLife"];
        foreach (var unit in scored)
        {
            var count = _random.Next(0, 5);
            var places = new List<OrgUnitId> { unit.Id };
            places.AddRange(tree.ChildrenOf(unit.Id).Select(u => u.Id));
            for (var k = 0; k < count; k++)
            {
                var category = categories[_random.Next(categories.Length)];
                var roll = _random.Next(100);
                var severity = roll < 50 ? FindingSeverity.Minor : roll < 92 || category == "political" ? FindingSeverity.General : FindingSeverity.Serious;
                var sourceRoll = _random.Next(100);
                var source = sourceRoll < 70 ? FindingSource.QuarterlyInspection : sourceRoll < 85 ? FindingSource.PatrolInspection : sourceRoll < 95 ? FindingSource.RoutineSupervision : FindingSource.Letter;
                var deadline = quarter.FirstDay.PlusDays(20 + _random.Next(50));
                var fix = _random.Next(100);
                LocalDate? rectified = fix < 60 ? deadline.PlusDays(-_random.Next(15)) : fix < 78 ? deadline.PlusDays(5 + _random.Next(40)) : null;
                var secretary = cadres.First(c => c.Unit == unit.Id && c.Role == CadreRole.Secretary);
                findings.Add(new Finding(
                    string.Create(CultureInfo.InvariantCulture, $"{quarter}-{++number:D4}"),
                    places[_random.Next(places.Count)],
                    quarter,
                    source,
                    category,
                    severity,
                    Pick(Phrases.FindingTexts[category]))
                {
                    RectificationDeadline = deadline,
                    RectifiedOn = rectified,
                    ResponsibleLeaders = [secretary.Id],
                    ShowsPrincipalResponsibilityFailure = source == FindingSource.PatrolInspection && severity != FindingSeverity.Minor,
                });
            }
        }

        return findings;
    }

    private List<(OrgUnitId, AssessmentQuarter, BonusClaim)> BuildBonuses(List<OrgUnit> scored, AssessmentQuarter quarter)
    {
        var bonuses = new List<(OrgUnitId, AssessmentQuarter, BonusClaim)>();
        foreach (var unit in scored)
        {
            if (_random.Next(100) < 15)
            {
                var claim = unit.Kind == UnitKind.County
                    ? new BonusClaim("adoptedPractice", 1, "经验做法被市级以上推广")
                    : new BonusClaim("innovation", 1, "创新做法获推广");
                bonuses.Add((unit.Id, quarter, claim));
            }
        }

        return bonuses;
    }

    private List<AccountabilityCase> BuildCases(List<OrgUnit> scored, List<Cadre> cadres, int year, int count)
    {
        var cases = new List<AccountabilityCase>();
        // Each case cites a circumstance of the regulations in force on its decision date (ARR2016 knows fewer than ARR2019).
        var packs = RegulationPackCatalog.CreateDefault();
        for (var n = 1; n <= count; n++)
        {
            var unit = scored[_random.Next(scored.Count)];
            var members = cadres.Where(c => c.Unit == unit.Id).ToList();
            var harmRoll = _random.Next(100);
            var harm = harmRoll < 65 ? HarmLevel.General : harmRoll < 90 ? HarmLevel.FairlySerious : HarmLevel.Serious;
            var start = new LocalDate(year, 1 + _random.Next(9), 1 + _random.Next(28));
            var decided = start.PlusDays(30 + _random.Next(60));
            var circumstances = packs.ForDate(decided).Circumstances.Select(r => r.Circumstance).Distinct().Order().ToArray();
            var holdOrganization = _random.Next(100) < 40;
            var typical = _random.Next(100) < 25;
            ModifierKind? modifier = (n % 5) switch { 1 => ModifierKind.Mitigating, 3 => ModifierKind.Aggravating, _ => null };
            var secretary = members.First(c => c.Role == CadreRole.Secretary);
            var inCharge = members.Where(c => c.Role == CadreRole.TeamMember).ElementAt(_random.Next(2));
            var subjects = new List<AccountableCadre>
            {
                CadreFor(inCharge, harm, LeadershipResponsibility.PrimaryLeadership),
            };
            if (holdOrganization || harm != HarmLevel.General)
            {
                subjects.Add(CadreFor(secretary, harm, LeadershipResponsibility.PrimaryLeadership));
            }

            cases.Add(new AccountabilityCase
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"{year}-{unit.Id}-{n:D3}"),
                Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyCommittee, new OrgUnitId(SyntheticCity.CityId)),
                StartApprovedOn = start,
                InvestigationStartedOn = start.PlusDays(3),
                DecidedOn = decided,
                DeliveredOn = decided.PlusDays(5),
                InvestigationTeam = [new PersonId($"{SyntheticCity.CityId}-INV-{1 + _random.Next(6)}"), new PersonId($"{SyntheticCity.CityId}-INV-{7 + _random.Next(6)}")],
                Harm = harm,
                Circumstances = [circumstances[_random.Next(circumstances.Length)]],
                Organizations = holdOrganization
                    ? [new AccountableOrganization { Unit = unit.Id, Forms = [_random.Next(2) == 0 ? AccountabilityForm.WrittenExamination : AccountabilityForm.CirculatedNotice] }]
                    : [],
                Cadres = [.. subjects],
                Modifiers = modifier is { } m
                    ? [new CaseModifier { Kind = m, Person = inCharge.Id, Evidence = m == ModifierKind.Mitigating ? "主动交代问题并积极挽回损失" : "干扰阻碍问责调查" }]
                    : [],
                IsTypicalCase = typical,
                NoticeBatch = typical ? string.Create(CultureInfo.InvariantCulture, $"{year}-第{1 + (decided.Month - 1) / 6}批") : null,
            });
        }

        return cases;
    }

    private AccountableCadre CadreFor(Cadre cadre, HarmLevel harm, LeadershipResponsibility responsibility)
    {
        var form = harm switch
        {
            HarmLevel.General => _random.Next(2) == 0 ? AccountabilityForm.CirculatedNotice : AccountabilityForm.Admonishment,
            HarmLevel.FairlySerious => AccountabilityForm.OrganizationalAdjustment,
            _ => AccountabilityForm.DisciplinarySanction,
        };
        return new AccountableCadre
        {
            Person = cadre.Id,
            Unit = cadre.Unit,
            Role = cadre.Role,
            Forms = [form],
            Responsibility = responsibility,
            Adjustment = form == AccountabilityForm.OrganizationalAdjustment ? (_random.Next(2) == 0 ? OrganizationalAdjustmentKind.PostChange : OrganizationalAdjustmentKind.Removal) : null,
            Sanction = form == AccountabilityForm.DisciplinarySanction ? (_random.Next(2) == 0 ? DisciplinarySanction.Warning : DisciplinarySanction.SeriousWarning) : null,
        };
    }

    private string Pick(string[] pool) => pool[_random.Next(pool.Length)];

    private static string Pick(string[] pool, int index) =>
        index < pool.Length ? pool[index] : pool[index % pool.Length] + (index / pool.Length + 1).ToString(CultureInfo.InvariantCulture);
}
