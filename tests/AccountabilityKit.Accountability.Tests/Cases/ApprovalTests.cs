using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;
using NodaTime;
using static AccountabilityKit.Accountability.AccountabilityIssueCodes;

namespace AccountabilityKit.Accountability.Tests.Cases;

/// <summary>ARR2019 Art. 12: the commission (or a Party work organ) decides 检查/通报 and 通报/诫勉 only after the same-level committee's approval.</summary>
public class ApprovalTests
{
    private static AccountabilityAuthority Committee(string unit = "RG") => new(AccountabilityAuthorityKind.PartyCommittee, new Organization.OrgUnitId(unit));

    [Fact]
    public void Art12_CommissionDecidingAdmonishmentWithTheCommitteesApproval_IsValid()
    {
        AccountabilityRules.Validate(Samples.CommissionCase()).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Art12_ApprovalByThePrincipalLeader_IsValid()
    {
        var @case = Samples.CommissionCase() with { Approval = Samples.CommitteeApproval with { ByPrincipalLeader = true, ApprovedOn = null } };

        AccountabilityRules.Validate(@case).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Art12_CommissionDecidingAdmonishmentWithoutApproval_IsReportedAsAC035PerForm()
    {
        var report = AccountabilityRules.Validate(Samples.CommissionCase() with { Approval = null });

        report.ShouldHaveExactly((ApprovalMissing, "$.organizations[0].forms[0]"), (ApprovalMissing, "$.cadres[0].forms[0]"));
        report.Issues.Should().OnlyContain(i => i.Citation == Citation.Parse("ARR2019 Art. 12"));
        report.Issues[1].Render(MessageCatalog.Chinese).Should().Contain("诫勉").And.Contain("批准");
        report.Issues[1].Render(MessageCatalog.English).Should().Contain("only after approval");
    }

    [Fact]
    public void Art12_PartyWorkOrganDecidingACircularWithoutApproval_IsReportedAsAC035()
    {
        var @case = Samples.Case() with
        {
            Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyWorkOrgan, Samples.County),
            Organizations = [],
            Cadres = [Samples.SecretaryCadre(AccountabilityForm.CirculatedNotice)],
        };

        AccountabilityRules.Validate(@case).ShouldHaveExactly((ApprovalMissing, "$.cadres[0].forms[0]"));
        AccountabilityRules.Validate(@case with { Approval = Samples.CommitteeApproval }).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Art12_CommitteeDecidingItself_NeedsNoApproval()
    {
        AccountabilityRules.Validate(Samples.Case()).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Art12_ApprovalByAnotherUnitsCommittee_IsReportedAsAC036()
    {
        var @case = Samples.CommissionCase() with { Approval = Samples.CommitteeApproval with { Body = Committee("NT") } };

        var report = AccountabilityRules.Validate(@case);

        report.ShouldHaveExactly((ApprovalByWrongBody, "$.approval.body"));
        report.Issues[0].Render(MessageCatalog.English).Should().Contain("Party committee (group) of RG").And.Contain("NT");
    }

    [Fact]
    public void Art12_ApprovalByTheCommissionItself_IsReportedAsAC036()
    {
        var @case = Samples.CommissionCase() with { Approval = Samples.CommitteeApproval with { Body = new AccountabilityAuthority(AccountabilityAuthorityKind.DisciplineCommission, Samples.County) } };

        AccountabilityRules.Validate(@case).ShouldHaveExactly((ApprovalByWrongBody, "$.approval.body"));
    }

    [Fact]
    public void Art12_ApprovalDatedAfterTheDecision_IsReportedAsAC036()
    {
        var @case = Samples.CommissionCase() with { Approval = Samples.CommitteeApproval with { ApprovedOn = new LocalDate(2021, 5, 11) } };

        var report = AccountabilityRules.Validate(@case);

        report.ShouldHaveExactly((ApprovalByWrongBody, "$.approval.approvedOn"));
        report.Issues[0].Render(MessageCatalog.Chinese).Should().Contain("晚于决定日期");
    }

    [Fact]
    public void Art12_ApprovalDoesNotTurnAProposalIntoADecision()
    {
        var cadre = Samples.SecretaryCadre(AccountabilityForm.OrganizationalAdjustment) with { Adjustment = OrganizationalAdjustmentKind.Removal };

        AccountabilityRules.Validate(Samples.CommissionCase() with { Organizations = [], Cadres = [cadre] })
            .ShouldHaveExactly((AuthorityMayOnlyPropose, "$.cadres[0].forms[0]"));
    }

    [Fact]
    public void Json_Approval_RoundTripsAndNullBodyIsReportedWithItsPath()
    {
        var @case = Samples.CommissionCase() with { Approval = Samples.CommitteeApproval with { ByPrincipalLeader = true } };

        var json = AccountabilityCaseJson.Save(@case);
        json.Should().Contain("\"approval\"").And.Contain("\"byPrincipalLeader\": true").And.Contain("\"approvedOn\": \"2021-05-08\"");
        AccountabilityCaseJson.Load(json).Approval.Should().Be(@case.Approval);

        var broken = json.Replace("\"body\": {", "\"body\": null, \"x\": {", StringComparison.Ordinal);
        AccountabilityCaseJson.TryLoad(broken, out _, out var report).Should().BeFalse();
        report.Issues.Should().Contain(i => i.Path.StartsWith("$.approval", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_DescribesTheApproval()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(AccountabilityCaseJson.Schema)!;

        schema["properties"]!["approval"]!["properties"]!["body"].Should().NotBeNull();
        schema["properties"]!["approval"]!["properties"]!["byPrincipalLeader"].Should().NotBeNull();
    }
}
