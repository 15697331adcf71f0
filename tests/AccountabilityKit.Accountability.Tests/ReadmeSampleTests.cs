using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Decisions;
using AccountabilityKit.Accountability.Effects;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Accountability.Tests;

/// <summary>The README's opening sample, kept compiling and checked.</summary>
public class ReadmeSampleTests
{
    [Fact]
    public void ReadmeSample_RunsAndGivesTheDocumentedResults()
    {
        var catalog = RegulationPackCatalog.CreateDefault();
        var pack = catalog.For("ARR2019");

        var bureau = new OrgUnitId("RG-EDU");
        var team = ResponsibilityDerivation.Derive(bureau, "学校食堂食品安全事故", [
            new TeamMemberPart(new PersonId("P-SEC"), CadreRole.Secretary, MemberPart.PrincipalLeader),
            new TeamMemberPart(new PersonId("P-DEP"), CadreRole.TeamMember, MemberPart.DirectlyInCharge),
            new TeamMemberPart(new PersonId("P-MEM"), CadreRole.TeamMember, MemberPart.ObjectedOrReserved),
        ]);

        var advice = DecisionSupport.Recommend(pack, SubjectKind.Cadre, HarmLevel.General,
            [Circumstance.PeoplesLivelihoodMisconduct], [ModifierKind.Mitigating], LeadershipResponsibility.PrimaryLeadership);
        var lines = advice.Steps.Select(step => $"{step.Citation.ToChineseString()} [{step.Status}]: {step.Description.Render(MessageCatalog.Chinese)}").ToList();

        var @case = new AccountabilityCase
        {
            Id = "2021-RG-007",
            Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.DisciplineCommission, new OrgUnitId("RG")),
            StartApprovedOn = new LocalDate(2021, 3, 1),
            DecidedOn = new LocalDate(2021, 5, 10),
            // The commission decides 检查 and 诫勉 with the county committee's approval (Art. 12).
            Approval = new Approval { Body = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyCommittee, new OrgUnitId("RG")), ApprovedOn = new LocalDate(2021, 5, 8) },
            Circumstances = [Circumstance.PeoplesLivelihoodMisconduct],
            Organizations = [new AccountableOrganization { Unit = bureau, Forms = [AccountabilityForm.WrittenExamination] }],
            Cadres = [.. team.CascadeToMembers().Select(c => c with { Forms = [AccountabilityForm.Admonishment] })],
        };
        var report = AccountabilityRules.Validate(@case, pack);

        var effects = InfluencePeriodCalculator.EffectsOf(pack,
            new DecidedMeasure { Form = AccountabilityForm.Admonishment, EffectiveOn = new LocalDate(2021, 8, 31) });

        lines[0].Should().StartWith("问责条例第七条第（十）项");
        advice.Forms.Select(f => f.Form).Should().Equal(AccountabilityForm.CirculatedNotice);
        @case.Cadres.Should().HaveCount(2);
        report.IsValid.Should().BeTrue(report.ToString(MessageCatalog.English));
        effects.Select(e => e.Effect).Should().Equal(EffectKind.PromotionBan, EffectKind.NoExcellentGrade, EffectKind.CandidacyBar);
        effects[0].LiftsOn.Should().Be(new LocalDate(2022, 2, 28));
    }
}
