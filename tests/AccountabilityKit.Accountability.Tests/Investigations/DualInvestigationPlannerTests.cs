using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Investigations;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Accountability.Tests.Investigations;

public class DualInvestigationPlannerTests
{
    private static readonly OrgUnitId School = new("RG-EDU-01");

    private static readonly OrgTree Tree = OrgTree.Build([
        new OrgUnit(Samples.City, "南通市委", UnitKind.City),
        new OrgUnit(Samples.County, "如皋市委", UnitKind.County, Samples.City),
        new OrgUnit(Samples.Bureau, "如皋市教育局党委", UnitKind.CountyDepartment, Samples.County),
        new OrgUnit(School, "某中学", UnitKind.PublicInstitution, Samples.Bureau),
    ]);

    private static readonly Cadre[] Cadres =
    [
        new(new PersonId("county-sec"), "县委书记", Samples.County, CadreRole.Secretary),
        new(new PersonId("county-dis"), "县纪委书记", Samples.County, CadreRole.DisciplineSecretary),
        new(Samples.Secretary, "局党委书记", Samples.Bureau, CadreRole.Secretary),
        new(Samples.Deputy, "分管副局长", Samples.Bureau, CadreRole.TeamMember),
        new(new PersonId("teacher"), "教师", School, CadreRole.TeamMember),
    ];

    [Fact]
    public void SER2019_Art73_ViolationInASchool_OpensPrincipalSupervisoryAndLeadershipChecks()
    {
        var checks = DualInvestigationPlanner.Plan(new ViolationCase("V-2021-3", School, new PersonId("teacher"), Samples.Deputy), Tree, Cadres);

        checks.Select(c => (c.Kind, c.Unit, c.Person)).Should().Equal(
            (LinkedCheckKind.PrincipalResponsibility, Samples.Bureau, (PersonId?)Samples.Secretary),
            (LinkedCheckKind.SupervisoryResponsibility, Samples.County, (PersonId?)new PersonId("county-dis")),
            (LinkedCheckKind.LeadershipResponsibility, Samples.Bureau, (PersonId?)Samples.Secretary),
            (LinkedCheckKind.LeadershipResponsibility, Samples.Bureau, (PersonId?)Samples.Deputy));
        checks.Should().OnlyContain(c => c.ViolationCaseId == "V-2021-3");
    }

    [Fact]
    public void Plan_ViolatorIsTheSecretary_GetsNoLeadershipCheckOnHimself()
    {
        var checks = DualInvestigationPlanner.Plan(new ViolationCase("V-1", Samples.Bureau, Samples.Secretary), Tree, Cadres);

        checks.Should().NotContain(c => c.Kind == LinkedCheckKind.LeadershipResponsibility && c.Person == Samples.Secretary);
        checks.Should().Contain(c => c.Kind == LinkedCheckKind.PrincipalResponsibility && c.Unit == Samples.Bureau);
    }

    [Fact]
    public void Plan_UnknownUnit_IsATypedError()
    {
        var act = () => DualInvestigationPlanner.Plan(new ViolationCase("V-1", new OrgUnitId("nowhere"), Samples.Secretary), Tree, Cadres);

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((AccountabilityIssueCodes.InvalidValue, "violation.unit"));
    }

    [Fact]
    public void DraftCases_OnePerCheck_LinkedToTheViolationCase_AndValidOnceDecided()
    {
        var checks = DualInvestigationPlanner.Plan(new ViolationCase("V-2021-3", School, new PersonId("teacher"), Samples.Deputy), Tree, Cadres);
        var authority = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyCommittee, Samples.County);

        var drafts = DualInvestigationPlanner.DraftCases(checks, authority);

        drafts.Select(d => d.Id).Should().Equal("V-2021-3/1", "V-2021-3/2", "V-2021-3/3", "V-2021-3/4");
        drafts.Should().OnlyContain(d => d.ViolationCaseId == "V-2021-3");
        drafts[0].Organizations.Single().Unit.Should().Be(Samples.Bureau);
        drafts[0].Cadres.Single().Person.Should().Be(Samples.Secretary);
        drafts[3].Organizations.Should().BeEmpty();
        var decided = drafts[0] with
        {
            Circumstances = [Circumstance.PrincipalOrSupervisoryDutyNotFulfilled],
            Organizations = [drafts[0].Organizations[0] with { Forms = [AccountabilityForm.WrittenExamination] }],
        };
        AccountabilityRules.Validate(decided).IsValid.Should().BeTrue();
    }
}
