using AccountabilityKit.Assessment.Inspections;
using AccountabilityKit.Assessment.Tests.TestSupport;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests.Inspections;

public class InspectionTeamTests
{
    private static readonly InspectionTeamMember[] FourBodies =
    [
        new(new PersonId("p1"), InspectionBody.DisciplineCommission),
        new(new PersonId("p2"), InspectionBody.OrganizationDepartment),
        new(new PersonId("p3"), InspectionBody.PropagandaDepartment),
        new(new PersonId("p4"), InspectionBody.CityOrgansWorkCommittee),
    ];

    [Fact]
    public void Create_FourPlusOne_IsValid()
    {
        var team = InspectionTeam.Create("T1", FourBodies, new PersonId("s1"), [CountyA]);

        team.Members.Should().HaveCount(4);
        team.ConductSupervisor.Should().Be(new PersonId("s1"));
    }

    [Fact]
    public void Create_MissingBodyAndSupervisor_ReportsEveryProblem()
    {
        var act = () => { InspectionTeam.Create("T1", FourBodies.Take(3), default, []); };

        act.ShouldFailValidation().ShouldHaveExactly(
            (AssessmentIssueCodes.InvalidTeamComposition, "$.conductSupervisor"),
            (AssessmentIssueCodes.InvalidTeamComposition, "$.members"));
    }

    [Fact]
    public void Create_PersonTwiceOrSupervisorAsMember_IsReported()
    {
        var members = FourBodies.Append(new InspectionTeamMember(new PersonId("p1"), InspectionBody.PropagandaDepartment))
            .Append(new InspectionTeamMember(new PersonId("s1"), InspectionBody.DisciplineCommission));
        var act = () => { InspectionTeam.Create("T1", members, new PersonId("s1"), []); };

        act.ShouldFailValidation().ShouldHaveExactly(
            (AssessmentIssueCodes.DuplicateTeamMember, "$.members[4].person"),
            (AssessmentIssueCodes.DuplicateTeamMember, "$.members[5].person"));
    }

    [Fact]
    public void QuarterlyInspection_CoversAssignedUnitsAndTheirSubordinates()
    {
        var round = QuarterlyInspection.Create(Q2, [InspectionTeam.Create("T1", FourBodies, new PersonId("s1"), [CountyA])], Tree);

        round.Covers(CountyA).Should().BeTrue();
        round.Covers(TownA1).Should().BeTrue();
        round.Covers(CountyB).Should().BeFalse();
        round.CoveredUnitCount.Should().Be(2);
    }

    [Fact]
    public void QuarterlyInspection_DuplicateTeamAndUnknownUnit_AreReported()
    {
        var t1 = InspectionTeam.Create("T1", FourBodies, new PersonId("s1"), [new OrgUnitId("XX")]);
        var t2 = InspectionTeam.Create("T1", FourBodies, new PersonId("s2"), [CountyB]);
        var act = () => { QuarterlyInspection.Create(Q2, [t1, t2], Tree); };

        act.ShouldFailValidation().ShouldHaveExactly(
            (AssessmentIssueCodes.UnknownUnit, "$.teams[0].assignedUnits[0]"),
            (AssessmentIssueCodes.DuplicateTeamMember, "$.teams[1].id"));
    }
}
