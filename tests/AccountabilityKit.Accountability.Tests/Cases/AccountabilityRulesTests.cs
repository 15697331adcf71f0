using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using NodaTime;
using static AccountabilityKit.Accountability.AccountabilityIssueCodes;

namespace AccountabilityKit.Accountability.Tests.Cases;

public class AccountabilityRulesTests
{
    private static AccountabilityCase WithCadre(AccountableCadre cadre) => Samples.Case() with { Cadres = [cadre] };

    [Fact]
    public void Validate_WellFormedCase_IsValid()
    {
        AccountabilityRules.Validate(Samples.Case()).IsValid.Should().BeTrue(AccountabilityRules.Validate(Samples.Case()).ToString(MessageCatalog.English));
    }

    [Fact]
    public void Art8_ReorganizationOfACadre_IsNotAllowed()
    {
        var report = AccountabilityRules.Validate(WithCadre(Samples.SecretaryCadre(AccountabilityForm.Reorganization)));

        report.ShouldHaveExactly((FormNotAllowedForSubject, "$.cadres[0].forms[0]"));
        report.Issues[0].Citation.Should().Be(Citation.Parse("ARR2019 Art. 8"));
        report.Issues[0].ToString(MessageCatalog.Chinese).Should().Contain("问责条例第八条");
    }

    [Fact]
    public void Art8_AdmonishmentOfAnOrganization_IsNotAllowed()
    {
        var @case = Samples.Case() with { Organizations = [new AccountableOrganization { Unit = Samples.Bureau, Forms = [AccountabilityForm.CirculatedNotice, AccountabilityForm.Admonishment] }] };

        AccountabilityRules.Validate(@case).ShouldHaveExactly((FormNotAllowedForSubject, "$.organizations[0].forms[1]"));
    }

    [Fact]
    public void Art8_OrganizationalAdjustmentWithoutItsKind_IsReported()
    {
        var cadre = Samples.SecretaryCadre(AccountabilityForm.OrganizationalAdjustment) with { Sanction = DisciplinarySanction.Warning };

        AccountabilityRules.Validate(WithCadre(cadre)).ShouldHaveExactly(
            (FormKindMismatch, "$.cadres[0].adjustment"),
            (FormKindMismatch, "$.cadres[0].sanction"));
    }

    [Fact]
    public void Art8_OrganizationalAdjustmentWithItsKind_IsValid()
    {
        var cadre = Samples.SecretaryCadre(AccountabilityForm.OrganizationalAdjustment) with { Adjustment = OrganizationalAdjustmentKind.Removal };

        AccountabilityRules.Validate(WithCadre(cadre)).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Art12_DisciplineCommissionDecidingRemoval_MayOnlyPropose()
    {
        var cadre = Samples.SecretaryCadre(AccountabilityForm.Admonishment, AccountabilityForm.OrganizationalAdjustment) with { Adjustment = OrganizationalAdjustmentKind.Removal };
        var @case = WithCadre(cadre) with
        {
            Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.DisciplineCommission, Samples.County),
            Approval = Samples.CommitteeApproval,
        };

        var report = AccountabilityRules.Validate(@case);

        report.ShouldHaveExactly((AuthorityMayOnlyPropose, "$.cadres[0].forms[1]"));
        report.Issues[0].Citation.Should().Be(Citation.Parse("ARR2019 Art. 12"));
    }

    [Fact]
    public void Art12_PartyWorkOrganImposingASanction_MayOnlyPropose()
    {
        var cadre = Samples.SecretaryCadre(AccountabilityForm.DisciplinarySanction) with { Sanction = DisciplinarySanction.Warning };
        var @case = WithCadre(cadre) with { Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyWorkOrgan, Samples.County), Approval = Samples.CommitteeApproval };

        AccountabilityRules.Validate(@case).ShouldHaveExactly((AuthorityMayOnlyPropose, "$.cadres[0].forms[0]"));
    }

    [Fact]
    public void Art12_LocalPackOverridingAForm_KeepsTheBaseMatrix()
    {
        var catalog = RegulationPackCatalog.CreateDefault();
        catalog.Add(RegulationPackJson.Load("""
            { "formatVersion": 1, "id": "local", "regulationVersion": "ARR2019", "title": "local", "extends": "ARR2019-default",
              "forms": [ { "id": "form.cadre.admonishment", "subjectKind": "cadre", "form": "admonishment", "severity": 2, "harm": "general", "citation": "ARR2019 Art. 8", "status": "verified" } ] }
            """, catalog));
        var @case = Samples.CommissionCase();

        AccountabilityRules.Validate(@case, catalog).IsValid.Should().BeTrue("the local pack keeps the base matrix");
    }

    [Fact]
    public void Art12_PackWithoutAMatrixCell_ReportsNoPower()
    {
        var pack = RegulationPackJson.Load("""
            { "formatVersion": 1, "id": "bare", "regulationVersion": "ARR2019", "title": "bare",
              "circumstances": [ { "id": "c10", "circumstance": "peoplesLivelihoodMisconduct", "citation": "ARR2019 Art. 7 item 10", "status": "verified" } ],
              "forms": [ { "id": "a", "subjectKind": "cadre", "form": "admonishment", "severity": 1, "harm": "general", "citation": "ARR2019 Art. 8", "status": "verified" } ] }
            """, RegulationPackCatalog.CreateEmpty());
        var @case = Samples.Case() with { Organizations = [] };

        AccountabilityRules.Validate(@case, pack).ShouldHaveExactly((AuthorityHasNoPower, "$.cadres[0].forms[0]"));
    }

    [Fact]
    public void Art12_SubjectOutsideTheAuthoritysSubtree_IsReported()
    {
        var cityDepartment = new OrgUnitId("NT-ORG");
        var tree = OrgTree.Build([
            new OrgUnit(Samples.City, "南通市委", UnitKind.City),
            new OrgUnit(Samples.County, "如皋市委", UnitKind.County, Samples.City),
            new OrgUnit(Samples.Bureau, "如皋市教育局", UnitKind.CountyDepartment, Samples.County),
            new OrgUnit(cityDepartment, "市委组织部", UnitKind.CityDepartment, Samples.City),
        ]);
        var outside = Samples.SecretaryCadre(AccountabilityForm.Admonishment) with { Person = new PersonId("P-X"), Unit = cityDepartment };
        var @case = Samples.Case() with { Cadres = [Samples.SecretaryCadre(AccountabilityForm.Admonishment), outside] };

        AccountabilityRules.Validate(Samples.Case(), BuiltInRegulationPacks.Arr2019, tree).IsValid.Should().BeTrue();
        AccountabilityRules.Validate(@case, BuiltInRegulationPacks.Arr2019, tree).ShouldHaveExactly((OutsideManagementAuthority, "$.cadres[1].unit"));
        AccountabilityRules.Validate(Samples.Case() with { Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyCommittee, new OrgUnitId("nowhere")) }, BuiltInRegulationPacks.Arr2019, tree)
            .ShouldHaveExactly((OutsideManagementAuthority, "$.authority.unit"));
    }

    [Fact]
    public void Art6_2_OrganizationWithoutItsTeamMembers_IsReported()
    {
        var @case = Samples.Case() with { Cadres = [] };

        AccountabilityRules.Validate(@case).ShouldHaveExactly((OrganizationWithoutTeamMembers, "$.organizations[0]"));
    }

    [Fact]
    public void Art17_ExemptionTogetherWithAForm_IsReported()
    {
        var @case = Samples.Case() with
        {
            Modifiers = [new CaseModifier { Kind = ModifierKind.Exempted, Evidence = "党组会议纪要记录其反对意见", Person = Samples.Secretary }],
        };

        var report = AccountabilityRules.Validate(@case);

        report.ShouldHaveExactly((ExemptionWithForm, "$.cadres[0].forms"));
        report.Issues[0].Citation.Should().Be(Citation.Parse("ARR2019 Art. 17"));
    }

    [Fact]
    public void Art17_ExemptedMemberWithoutForm_IsValid()
    {
        var exempted = new AccountableCadre { Person = Samples.Member, Unit = Samples.Bureau, Role = CadreRole.TeamMember };
        var @case = Samples.Case() with
        {
            Cadres = [Samples.SecretaryCadre(AccountabilityForm.Admonishment), exempted],
            Modifiers = [new CaseModifier { Kind = ModifierKind.Exempted, Evidence = "会议纪要", Person = Samples.Member }],
        };

        AccountabilityRules.Validate(@case).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Art9_DatesOutOfOrder_AreReportedPerField()
    {
        var @case = Samples.Case() with
        {
            StartApprovedOn = new LocalDate(2021, 6, 1),
            DeliveredOn = new LocalDate(2021, 5, 1),
            AppealedOn = new LocalDate(2021, 4, 1),
        };

        AccountabilityRules.Validate(@case).ShouldHaveExactly(
            (DatesOutOfOrder, "$.decidedOn"),
            (DatesOutOfOrder, "$.deliveredOn"),
            (DatesOutOfOrder, "$.appealedOn"));
    }

    [Fact]
    public void Art10_InvestigationTeamOfOne_IsReported_AndOfTwoIsValid()
    {
        var one = Samples.Case() with { InvestigationTeam = [new PersonId("I1"), new PersonId("I1")] };

        AccountabilityRules.Validate(one).ShouldHaveExactly((InvestigationTeamTooSmall, "$.investigationTeam"));
        AccountabilityRules.Validate(one with { InvestigationTeam = [new PersonId("I1"), new PersonId("I2")] }).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Art11_ReportBeforeTheDefenceWasHeard_IsOutOfOrder()
    {
        var @case = Samples.Case() with
        {
            InvestigationStartedOn = new LocalDate(2021, 3, 10),
            DefenceHeardOn = new LocalDate(2021, 4, 20),
            ReportedOn = new LocalDate(2021, 4, 15),
        };

        AccountabilityRules.Validate(@case).ShouldHaveExactly((DatesOutOfOrder, "$.reportedOn"));
        AccountabilityRules.Validate(@case with { ReportedOn = new LocalDate(2021, 4, 25) }).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Art21_CorrectedBeforeFoundWrong_IsDatesOutOfOrder()
    {
        var @case = Samples.Case() with { DecisionFoundWrongOn = new LocalDate(2021, 8, 1), CorrectedOn = new LocalDate(2021, 7, 20) };

        AccountabilityRules.Validate(@case).ShouldHaveExactly((DatesOutOfOrder, "$.correctedOn"));
        AccountabilityRules.Validate(@case with { CorrectedOn = new LocalDate(2021, 8, 1) }).IsValid.Should().BeTrue();
        AccountabilityRules.Validate(@case with { DecisionFoundWrongOn = null }).ShouldHaveExactly((DatesOutOfOrder, "$.correctedOn"));
    }

    [Fact]
    public void Art21_FoundWrongBeforeTheDecision_IsDatesOutOfOrder()
    {
        var @case = Samples.Case() with { DecisionFoundWrongOn = new LocalDate(2021, 5, 9) };

        AccountabilityRules.Validate(@case).ShouldHaveExactly((DatesOutOfOrder, "$.decisionFoundWrongOn"));
        AccountabilityRules.Validate(@case with { DecidedOn = null, DeliveredOn = null }).ShouldHaveExactly((DatesOutOfOrder, "$.decisionFoundWrongOn"));
        AccountabilityRules.Validate(@case with { DecisionFoundWrongOn = new LocalDate(2021, 5, 10) }).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Art9_SubjectAlreadyOnFileForDisciplinaryReview_GetsNoSeparateInvestigation()
    {
        var cadre = Samples.SecretaryCadre(AccountabilityForm.Admonishment) with { OnFileForDisciplinaryReview = true };

        AccountabilityRules.Validate(WithCadre(cadre)).ShouldHaveExactly((SubjectAlreadyOnFile, "$.cadres[0].onFileForDisciplinaryReview"));
    }

    [Fact]
    public void Art15_TypicalCaseWithoutBatch_IsReported_AndWithBatchIsValid()
    {
        var typical = Samples.Case() with { IsTypicalCase = true };

        AccountabilityRules.Validate(typical).ShouldHaveExactly((TypicalCaseWithoutBatch, "$.noticeBatch"));
        AccountabilityRules.Validate(typical with { NoticeBatch = "2021年第3批" }).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Art7_DecisionWithoutCircumstance_IsReported()
    {
        AccountabilityRules.Validate(Samples.Case() with { Circumstances = [] }).ShouldHaveExactly((MissingCircumstance, "$.circumstances"));
    }

    [Fact]
    public void Art7_CaseDecidedIn2018_IsJudgedByThe2016Text()
    {
        var @case = Samples.Case() with
        {
            StartApprovedOn = new LocalDate(2018, 3, 1),
            DecidedOn = new LocalDate(2018, 5, 10),
            DeliveredOn = new LocalDate(2018, 5, 12),
            Circumstances = [Circumstance.AntiCorruptionWeak, Circumstance.MajorIncidentInRemit],
        };

        var report = AccountabilityRules.Validate(@case);

        report.ShouldHaveExactly((MissingCircumstance, "$.circumstances[1]"));
        report.Issues[0].Citation.Should().Be(Citation.Parse("ARR2016 Art. 6"), "a 2016 case is judged by the 2016 numbering");
        AccountabilityRules.PackFor(@case, RegulationPackCatalog.CreateDefault()).RegulationVersion.Should().Be("ARR2016");
    }

    [Fact]
    public void Validate_ModifierWithoutEvidence_IsReported()
    {
        var @case = Samples.Case() with { Modifiers = [new CaseModifier { Kind = ModifierKind.Mitigating, Evidence = " " }] };

        AccountabilityRules.Validate(@case).ShouldHaveExactly((ModifierWithoutEvidence, "$.modifiers[0].evidence"));
    }

    [Fact]
    public void Art5_NoSubjectOrDuplicateSubject_IsReported()
    {
        AccountabilityRules.Validate(Samples.Case() with { Organizations = [], Cadres = [] }).ShouldHaveExactly((InvalidSubjects, "$.cadres"));
        AccountabilityRules.Validate(Samples.Case() with { Cadres = [Samples.SecretaryCadre(), Samples.SecretaryCadre()] })
            .ShouldHaveExactly((InvalidSubjects, "$.cadres[1].person"));
    }

    [Fact]
    public void Validate_SeveralProblems_AreAllReported()
    {
        var @case = Samples.Case() with
        {
            Id = "",
            Circumstances = [],
            IsTypicalCase = true,
            Cadres = [Samples.SecretaryCadre(AccountabilityForm.Reorganization) with { OnFileForDisciplinaryReview = true }],
        };

        AccountabilityRules.Validate(@case).ShouldHaveExactly(
            (InvalidValue, "$.id"),
            (MissingCircumstance, "$.circumstances"),
            (FormNotAllowedForSubject, "$.cadres[0].forms[0]"),
            (SubjectAlreadyOnFile, "$.cadres[0].onFileForDisciplinaryReview"),
            (TypicalCaseWithoutBatch, "$.noticeBatch"));
    }

    [Fact]
    public void TryGetBasis_EveryCaseRuleCode_CitesAnArticle()
    {
        var ruleCodes = typeof(AccountabilityIssueCodes).GetFields()
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(c => string.CompareOrdinal(c, "AC020") >= 0 && c != InvalidValue)
            .ToList();

        ruleCodes.Should().NotBeEmpty();
        foreach (var code in ruleCodes)
        {
            AccountabilityRules.TryGetBasis(code, out var citation, out _).Should().BeTrue(code);
            RegulationRegistry.Default.Contains(citation.RegulationKey).Should().BeTrue();
            AccountabilityRules.ChineseTitleOf(code).Should().NotBeNullOrWhiteSpace(code);
        }

        AccountabilityRules.TryGetBasis(UnknownBasePack, out _, out _).Should().BeFalse();
        AccountabilityRules.ChineseTitleOf(UnknownBasePack).Should().BeNull();
        AccountabilityRules.RuleCodes.Should().BeEquivalentTo(ruleCodes);
    }

    [Fact]
    public void Validate_DuplicateOrganization_IsReported()
    {
        var org = new AccountableOrganization { Unit = Samples.Bureau, Forms = [AccountabilityForm.WrittenExamination] };

        AccountabilityRules.Validate(Samples.Case() with { Organizations = [org, org] }).ShouldHaveExactly((InvalidSubjects, "$.organizations[1].unit"));
    }

}
