using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using NodaTime;
using static AccountabilityKit.Accountability.AccountabilityIssueCodes;

namespace AccountabilityKit.Accountability.Tests.Messages;

public class IssueCitationTests
{
    [Fact]
    public void EveryCaseRuleIssue_CarriesItsArticle_AsCitation()
    {
        foreach (var @case in MessageCorpus.BadCases())
        {
            foreach (var issue in AccountabilityRules.Validate(@case).Issues.Where(i => AccountabilityRules.RuleCodes.Contains(i.Code)))
            {
                issue.Citation.Should().NotBeNull("{0} at {1} rests on an article", issue.Code, issue.Path);
            }
        }
    }

    [Fact]
    public void CaseRuleIssue_WithoutAPackEntry_CitesTheBasisOfItsCode()
    {
        var issue = AccountabilityRules.Validate(Samples.Case() with { Cadres = [] }).Issues.Single();

        issue.Code.Should().Be(OrganizationWithoutTeamMembers);
        AccountabilityRules.TryGetBasis(OrganizationWithoutTeamMembers, out var basis, out _).Should().BeTrue();
        issue.Citation.Should().Be(basis).And.Be(Citation.Parse("ARR2019 Art. 6(2)"));
    }

    [Fact]
    public void AuthorityMayOnlyPropose_CitesTheMatrixEntry()
    {
        var cadre = Samples.SecretaryCadre(AccountabilityForm.OrganizationalAdjustment) with { Adjustment = OrganizationalAdjustmentKind.Removal };
        var @case = Samples.Case() with { Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.DisciplineCommission, Samples.County), Cadres = [cadre] };

        var issue = AccountabilityRules.Validate(@case).Issues.Single(i => i.Code == AuthorityMayOnlyPropose);

        issue.Citation.Should().Be(Citation.Parse("ARR2019 Art. 12"));
        issue.MessageId.Should().Be("Accountability.AuthorityMayOnlyPropose");
        issue.Text["entry"]!.Value.Value.Should().Be("authority.disciplineCommission.cadre.organizationalAdjustment");
    }

    [Fact]
    public void Art21_DateRules_CiteArticle21()
    {
        var issue = AccountabilityRules.Validate(Samples.Case() with { DecisionFoundWrongOn = new LocalDate(2021, 5, 9) }).Issues.Single();

        issue.Code.Should().Be(DatesOutOfOrder);
        issue.Citation.Should().Be(Citation.Parse("ARR2019 Art. 21"));
    }

    [Fact]
    public void Issue_RendersInBothCultures_WithTheExactChineseText()
    {
        var @case = Samples.Case() with { StartApprovedOn = new LocalDate(2021, 6, 1), DecidedOn = new LocalDate(2021, 5, 10), DeliveredOn = null };

        var issue = AccountabilityRules.Validate(@case).Issues.Single();

        issue.Code.Should().Be(DatesOutOfOrder);
        issue.Path.Should().Be("$.decidedOn");
        issue.Citation.Should().Be(Citation.Parse("ARR2019 Art. 9"));
        issue.Render(MessageCatalog.Chinese).Should().Be("决定日期（2021年5月10日）早于启动日期（2021年6月1日）。");
        issue.Render(MessageCatalog.English).Should().Be("The Decision date (2021-05-10) is before the Start date (2021-06-01).");
        issue.Text["date"]!.Value.Value.Should().Be(new LocalDate(2021, 5, 10));
    }

    [Fact]
    public void PackIssue_RendersTheExactChineseText()
    {
        var catalog = AccountabilityKit.Accountability.Packs.RegulationPackCatalog.CreateDefault();

        AccountabilityKit.Accountability.Packs.RegulationPackJson.TryLoad("""{ "formatVersion": 1, "id": "Z", "regulationVersion": "ARR2019", "title": "t", "extends": "nowhere" }""", out _, out var report, catalog).Should().BeFalse();

        var issue = report.Issues.Single();
        issue.Code.Should().Be(UnknownBasePack);
        issue.Render(MessageCatalog.Chinese).Should().Be("规则包“Z”所扩展的规则包“nowhere”尚未加载。");
        issue.Render(MessageCatalog.English).Should().Be("The pack 'nowhere' that 'Z' extends is not loaded.");
    }

    [Fact]
    public void ChineseTitleOf_IsTheZhRenderingOfTitleOf()
    {
        AccountabilityRules.ChineseTitleOf(InvestigationTeamTooSmall).Should().Be("调查组不足二人");
        AccountabilityRules.TitleOf(InvestigationTeamTooSmall)!.Render(MessageCatalog.English).Should().Be("Investigation team too small");
    }
}
