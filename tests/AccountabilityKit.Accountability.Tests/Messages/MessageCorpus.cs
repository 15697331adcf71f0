using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Decisions;
using AccountabilityKit.Accountability.Effects;
using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Accountability.Investigations;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Accountability.Procedure;
using AccountabilityKit.Accountability.Queries;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Accountability.Tests.Messages;

/// <summary>
/// The package's bad inputs (every validator and loader) and every result with an explaining text, collected as
/// (where it came from, message) pairs for the corpus test.
/// </summary>
internal static class MessageCorpus
{
    public static readonly OrgTree Tree = OrgTree.Build([
        new OrgUnit(Samples.City, "南通市委", UnitKind.City),
        new OrgUnit(Samples.County, "如皋市委", UnitKind.County, Samples.City),
        new OrgUnit(Samples.Bureau, "如皋市教育局党委", UnitKind.CountyDepartment, Samples.County),
        new OrgUnit(new OrgUnitId("NT-ORG"), "市委组织部", UnitKind.CityDepartment, Samples.City),
    ]);

    public const string BarePack = """
        { "formatVersion": 1, "id": "bare", "regulationVersion": "ARR2019", "title": "bare",
          "circumstances": [ { "id": "c10", "circumstance": "peoplesLivelihoodMisconduct", "citation": "ARR2019 Art. 7 item 10", "status": "verified" } ],
          "forms": [ { "id": "a", "subjectKind": "cadre", "form": "admonishment", "severity": 1, "harm": "general", "citation": "ARR2019 Art. 8", "status": "verified" } ] }
        """;

    private static string Pack(string id, string version = "ARR2019", string? extends = null, string forms = "[]", int formatVersion = 1, string more = "") => $$"""
        { "formatVersion": {{formatVersion}}, "id": "{{id}}", "regulationVersion": "{{version}}", "title": "t"{{(extends is null ? "" : $", \"extends\": \"{extends}\"")}}, "forms": {{forms}}{{more}} }
        """;

    /// <summary>Bad cases, one rule (or a few) each.</summary>
    public static IEnumerable<AccountabilityCase> BadCases()
    {
        var c = Samples.Case();
        yield return c with { Cadres = [Samples.SecretaryCadre(AccountabilityForm.Reorganization)] };
        yield return c with { Organizations = [new AccountableOrganization { Unit = Samples.Bureau, Forms = [AccountabilityForm.Admonishment] }] };
        yield return c with { Cadres = [Samples.SecretaryCadre(AccountabilityForm.OrganizationalAdjustment) with { Sanction = DisciplinarySanction.Warning }] };
        yield return c with { Cadres = [Samples.SecretaryCadre(AccountabilityForm.DisciplinarySanction) with { Adjustment = OrganizationalAdjustmentKind.Removal }] };
        yield return c with
        {
            Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.DisciplineCommission, Samples.County),
            Cadres = [Samples.SecretaryCadre(AccountabilityForm.OrganizationalAdjustment) with { Adjustment = OrganizationalAdjustmentKind.Removal }],
        };
        yield return Samples.CommissionCase() with
        {
            Approval = Samples.CommitteeApproval with { Body = new AccountabilityAuthority(AccountabilityAuthorityKind.DisciplineCommission, Samples.City), ApprovedOn = new LocalDate(2021, 6, 1) },
        };
        yield return c with { Authority = new AccountabilityAuthority((AccountabilityAuthorityKind)42, Samples.County) };
        yield return c with { Cadres = [] };
        yield return c with { Modifiers = [new CaseModifier { Kind = ModifierKind.Exempted, Evidence = "党组会议纪要记录其反对意见" }] };
        yield return c with { StartApprovedOn = new LocalDate(2021, 6, 1), InvestigationStartedOn = new LocalDate(2021, 5, 1) };
        yield return c with { DecidedOn = null, AppealedOn = new LocalDate(2021, 4, 1), AppealDecidedOn = new LocalDate(2021, 3, 1) };
        yield return c with { DeliveredOn = new LocalDate(2021, 5, 1), DecisionFoundWrongOn = new LocalDate(2021, 5, 9), CorrectedOn = new LocalDate(2021, 5, 8) };
        yield return c with { InvestigationTeam = [new PersonId("I1"), new PersonId("I1")] };
        yield return c with { IsTypicalCase = true };
        yield return c with { Circumstances = [] };
        yield return c with { Circumstances = [(Circumstance)99] };
        yield return c with { DecidedOn = new LocalDate(2018, 5, 10), DeliveredOn = new LocalDate(2018, 5, 12), StartApprovedOn = new LocalDate(2018, 3, 1), Circumstances = [Circumstance.MajorIncidentInRemit] };
        yield return c with { Modifiers = [new CaseModifier { Kind = ModifierKind.Mitigating, Evidence = " " }] };
        yield return c with { Id = " ", Organizations = [], Cadres = [] };
        yield return c with { Cadres = [Samples.SecretaryCadre(), Samples.SecretaryCadre()], Organizations = [c.Organizations[0], c.Organizations[0]] };
        yield return c with { Cadres = [Samples.SecretaryCadre(AccountabilityForm.Admonishment) with { OnFileForDisciplinaryReview = true }] };
        yield return c with { Cadres = [null!], Modifiers = [null!], Organizations = [null!], Authority = null! };
    }

    /// <summary>Bad pack documents.</summary>
    public static IEnumerable<string> BadPacks()
    {
        const string form = """{ "id": "f1", "subjectKind": "cadre", "form": "admonishment", "severity": 1, "harm": "general", "citation": "ARR2019 Art. 8", "status": "verified" }""";
        yield return Pack("X", version: "ARR2030", forms: $"[{form}]", formatVersion: 2);
        yield return Pack("bad id!", forms: """
            [ { "id": "f1", "subjectKind": "organization", "form": "admonishment", "severity": 30, "harm": "general", "citation": "ARR2019 Art. 8", "status": "verified" },
              { "id": "f1", "subjectKind": "cadre", "form": "circulatedNotice", "severity": 1, "harm": "general", "citation": "", "status": "verified" },
              { "id": "f2", "subjectKind": "cadre", "form": "admonishment", "severity": 1, "harm": "general", "citation": "Art. 8 of something", "status": "verified" },
              { "id": "f3", "subjectKind": "cadre", "form": "disciplinarySanction", "severity": 1, "harm": "general", "citation": "XYZ2019 Art. 8", "status": "verified" },
              { "id": " ", "subjectKind": "cadre", "form": "organizationalAdjustment", "severity": 2, "harm": "general", "citation": "ARR2019 Art. 8", "status": "verified" } ]
            """);
        yield return Pack("X", extends: "X");
        yield return Pack("Y", version: "ARR2019", extends: "ARR2016-default");
        yield return Pack("Z", extends: "nowhere");
        yield return Pack("B", forms: $"[{form}, {form.Replace("f1", "f2", StringComparison.Ordinal).Replace("admonishment", "circulatedNotice", StringComparison.Ordinal)}]");
        yield return """{ "formatVersion": 1, "id": "e", "regulationVersion": "ARR2019", "title": " ", "forms": [] }""";
        yield return Pack("T", forms: $"[{form}]", more: """
            , "timeLimits": [ { "id": "t1", "step": "decision", "from": "start", "months": 200, "days": 400, "citation": "ARR2019 Art. 9", "status": "verified" },
                              { "id": "t2", "step": "delivery", "from": "decision", "months": 0, "days": 0, "citation": "ARR2019 Art. 13", "status": "verified" } ],
              "influencePeriods": [ { "id": "i1", "form": "admonishment", "adjustment": "removal", "sanction": "warning", "effect": "promotionBan", "months": 300, "citation": "DPR2023 Art. 21", "status": "verified" } ],
              "authorities": [ { "id": "a1", "authorityKind": "partyCommittee", "subjectKind": "organization", "form": "admonishment", "power": "decide", "citation": "ARR2019 Art. 12", "status": "verified" } ]
            """);
        yield return "{ not json";
    }

    /// <summary>Everything the package says, with where it came from.</summary>
    public static IEnumerable<(string Source, Message Text)> All()
    {
        var pack = BuiltInRegulationPacks.Arr2019;
        var n = 0;
        foreach (var @case in BadCases())
        {
            n++;
            foreach (var issue in AccountabilityRules.Validate(@case).Issues)
            {
                yield return ($"case {n} {issue.Code} {issue.Path}", issue.Text);
            }
        }

        foreach (var issue in AccountabilityRules.Validate(Samples.Case() with { Cadres = [Samples.SecretaryCadre(AccountabilityForm.Admonishment) with { Unit = new OrgUnitId("NT-ORG") }, Samples.SecretaryCadre() with { Person = new PersonId("P-Y"), Unit = new OrgUnitId("nowhere") }] }, pack, Tree).Issues
            .Concat(AccountabilityRules.Validate(Samples.Case() with { Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyCommittee, new OrgUnitId("nowhere")) }, pack, Tree).Issues))
        {
            yield return ($"tree {issue.Code} {issue.Path}", issue.Text);
        }

        var bare = RegulationPackJson.Load(BarePack, RegulationPackCatalog.CreateEmpty());
        foreach (var issue in AccountabilityRules.Validate(Samples.Case() with { Organizations = [] }, bare).Issues)
        {
            yield return ($"bare {issue.Code}", issue.Text);
        }

        n = 0;
        foreach (var json in BadPacks())
        {
            n++;
            RegulationPackJson.TryLoad(json, out _, out var report, RegulationPackCatalog.CreateDefault());
            foreach (var issue in report.Issues)
            {
                yield return ($"pack {n} {issue.Code} {issue.Path}", issue.Text);
            }
        }

        foreach (var issue in Failures(
            () => RegulationPackCatalog.CreateDefault().For("ARR2030"),
            () => DecisionSupport.Recommend(pack, SubjectKind.Cadre, HarmLevel.General, [], []),
            () => DecisionSupport.Recommend(BuiltInRegulationPacks.Arr2016, SubjectKind.Cadre, HarmLevel.General, [Circumstance.MajorIncidentInRemit, (Circumstance)99], []),
            () => DecisionSupport.Recommend(pack, (SubjectKind)7, (HarmLevel)7, [Circumstance.PeoplesLivelihoodMisconduct], []),
            () => DecisionSupport.Recommend(bare, SubjectKind.Cadre, HarmLevel.General, [Circumstance.PeoplesLivelihoodMisconduct], [ModifierKind.Mitigating]),
            () => InfluencePeriodCalculator.EffectsOf(pack, new DecidedMeasure { Form = AccountabilityForm.DisciplinarySanction, Sanction = DisciplinarySanction.ProbationWithinParty, EffectiveOn = new LocalDate(2024, 2, 1), ProbationMonths = 36 }),
            () => InfluencePeriodCalculator.EffectsOf(pack, new DecidedMeasure { Form = AccountabilityForm.Admonishment, Adjustment = OrganizationalAdjustmentKind.Removal, Sanction = DisciplinarySanction.Warning, EffectiveOn = new LocalDate(2024, 1, 1), ProbationMonths = 3 }),
            () => InfluencePeriodCalculator.EffectsOf(pack, new DecidedMeasure { Form = (AccountabilityForm)42, EffectiveOn = new LocalDate(2024, 1, 1) }),
            () => ResponsibilityDerivation.Derive(Samples.Bureau, " ", [
                new TeamMemberPart(Samples.Secretary, CadreRole.Secretary, MemberPart.PrincipalLeader),
                new TeamMemberPart(Samples.Secretary, CadreRole.TeamMember, MemberPart.PrincipalLeader),
                null!]),
            () => ResponsibilityDerivation.Derive(Samples.Bureau, "x", []),
            () => ResponsibilityDerivation.Derive(Samples.Bureau, "x", [new TeamMemberPart(Samples.Secretary, CadreRole.Secretary, (MemberPart)9)]),
            () => DualInvestigationPlanner.Plan(new ViolationCase("V-1", new OrgUnitId("nowhere"), Samples.Secretary), Tree, []),
            () => FourFormsClassifier.Classify(bare, DisciplineMeasure.Warning),
            () => FourFormsClassifier.MeasuresOf(Samples.SecretaryCadre(AccountabilityForm.OrganizationalAdjustment)),
            () => FourFormsClassifier.MeasuresOf(Samples.SecretaryCadre(AccountabilityForm.DisciplinarySanction)),
            () => FourFormsClassifier.MeasuresOf(Samples.SecretaryCadre(AccountabilityForm.Reorganization)),
            () => _ = new CasesDecidedBetweenSpec(new LocalDate(2021, 2, 1), new LocalDate(2021, 1, 1))))
        {
            yield return ($"throws {issue.Code} {issue.Path}", issue.Text);
        }

        // Explaining texts.
        ModifierKind[][] combinations =
        [
            [], [ModifierKind.Mitigating], [ModifierKind.Aggravating], [ModifierKind.Mitigating, ModifierKind.Aggravating],
            [ModifierKind.Reduced], [ModifierKind.Increased], [ModifierKind.Reduced, ModifierKind.Increased],
            [ModifierKind.Exempted], [ModifierKind.NotPursued],
        ];
        foreach (var modifiers in combinations)
        {
            foreach (var harm in Enum.GetValues<HarmLevel>())
            {
                foreach (var step in DecisionSupport.Recommend(pack, SubjectKind.Cadre, harm, [Circumstance.PeoplesLivelihoodMisconduct], modifiers, LeadershipResponsibility.PrimaryLeadership).Steps)
                {
                    yield return ($"step {step.RuleId}", step.Description);
                }
            }
        }

        DecidedMeasure[] measures =
        [
            new() { Form = AccountabilityForm.Admonishment, EffectiveOn = new LocalDate(2021, 8, 31) },
            new() { Form = AccountabilityForm.OrganizationalAdjustment, Adjustment = OrganizationalAdjustmentKind.Demotion, EffectiveOn = new LocalDate(2021, 8, 31) },
            new() { Form = AccountabilityForm.DisciplinarySanction, Sanction = DisciplinarySanction.ProbationWithinParty, ProbationMonths = 12, EffectiveOn = new LocalDate(2021, 8, 31) },
            new() { Form = AccountabilityForm.DisciplinarySanction, Sanction = DisciplinarySanction.Expulsion, EffectiveOn = new LocalDate(2021, 8, 31) },
        ];
        foreach (var measure in measures)
        {
            foreach (var effect in InfluencePeriodCalculator.EffectsOf(pack, measure))
            {
                yield return ($"effect {effect.Effect}", effect.Reason);
            }
        }

        var first = InfluencePeriodCalculator.EffectsOf(pack, new DecidedMeasure { Form = AccountabilityForm.DisciplinarySanction, Sanction = DisciplinarySanction.Warning, EffectiveOn = new LocalDate(2024, 1, 1) });
        foreach (var effect in InfluencePeriodCalculator.EffectsOf(pack, new DecidedMeasure { Form = AccountabilityForm.DisciplinarySanction, Sanction = DisciplinarySanction.Warning, EffectiveOn = new LocalDate(2024, 10, 1) }, first))
        {
            yield return ($"accumulated {effect.Effect}", effect.Reason);
        }

        var before2024 = InfluencePeriodCalculator.EffectsOf(pack, new DecidedMeasure { Form = AccountabilityForm.DisciplinarySanction, Sanction = DisciplinarySanction.Warning, EffectiveOn = new LocalDate(2023, 1, 1) });
        foreach (var effect in InfluencePeriodCalculator.EffectsOf(pack, new DecidedMeasure { Form = AccountabilityForm.DisciplinarySanction, Sanction = DisciplinarySanction.Warning, EffectiveOn = new LocalDate(2023, 10, 1) }, before2024))
        {
            yield return ($"not accumulated {effect.Effect}", effect.Reason);
        }

        var team = ResponsibilityDerivation.Derive(Samples.Bureau, "食堂事故", Enum.GetValues<MemberPart>().Select((p, i) => new TeamMemberPart(new PersonId($"P{i}"), CadreRole.TeamMember, p)));
        foreach (var member in team.Members)
        {
            yield return ($"member {member.Part}", member.Reason);
        }

        Cadre[] cadres =
        [
            new(new PersonId("county-sec"), "县委书记", Samples.County, CadreRole.Secretary),
            new(new PersonId("county-dis"), "县纪委书记", Samples.County, CadreRole.DisciplineSecretary),
            new(Samples.Deputy, "分管副局长", Samples.Bureau, CadreRole.TeamMember),
        ];
        foreach (var check in DualInvestigationPlanner.Plan(new ViolationCase("V-1", Samples.Bureau, new PersonId("x"), Samples.Deputy), Tree, cadres)
            .Concat(DualInvestigationPlanner.Plan(new ViolationCase("V-2", Samples.Bureau, new PersonId("x")), Tree, [])))
        {
            yield return ($"check {check.Kind}", check.Reason);
        }

        var open = Samples.Case() with { DecidedOn = null, DeliveredOn = null, DecisionFoundWrongOn = null };
        foreach (var (@case, day) in new[] { (Samples.Case(), new LocalDate(2021, 5, 20)), (Samples.Case(), new LocalDate(2022, 5, 20)), (open, new LocalDate(2021, 3, 2)), (open, new LocalDate(2022, 3, 2)), (Samples.Case() with { Cadres = [Samples.SecretaryCadre(AccountabilityForm.OrganizationalAdjustment) with { Adjustment = OrganizationalAdjustmentKind.Removal }] }, new LocalDate(2022, 5, 20)), (Samples.Case() with { DecisionFoundWrongOn = new LocalDate(2021, 6, 1) }, new LocalDate(2021, 6, 2)) })
        {
            foreach (var item in ProcedureTracker.Evaluate(@case, pack, day))
            {
                yield return ($"procedure {item.Step} {item.State}", item.Hint);
            }
        }

        foreach (var careerEvent in Enum.GetValues<CareerEvent>())
        {
            LifetimeAccountability.Closes(Samples.Case(), careerEvent, out var reason);
            yield return ($"lifetime {careerEvent}", reason);
        }

        foreach (var code in AccountabilityRules.RuleCodes)
        {
            yield return ($"title {code}", AccountabilityRules.TitleOf(code)!);
        }
    }

    private static IEnumerable<ValidationIssue> Failures(params Action[] actions)
    {
        foreach (var action in actions)
        {
            ValidationReport? report = null;
            try
            {
                action();
            }
            catch (ValidationFailedException e)
            {
                report = e.Report;
            }

            if (report is null)
            {
                throw new InvalidOperationException("A bad input of the corpus did not fail.");
            }

            foreach (var issue in report.Issues)
            {
                yield return issue;
            }
        }
    }
}
