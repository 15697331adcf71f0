using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.Citations;
using AccountabilityKit.People;
using AccountabilityKit.Validation;
using CsCheck;

namespace AccountabilityKit.Accountability.Tests.Responsibilities;

public class ResponsibilityDerivationTests
{
    private static TeamMemberPart Part(string id, MemberPart part, CadreRole role = CadreRole.TeamMember) => new(new PersonId(id), role, part);

    [Fact]
    public void Art6_PrincipalLeaderAndMemberInCharge_BearPrimary_ParticipantsImportant_TeamOverall()
    {
        var result = ResponsibilityDerivation.Derive(Samples.Bureau, "学校食堂食品安全事故", [
            Part("sec", MemberPart.PrincipalLeader, CadreRole.Secretary),
            Part("dep", MemberPart.DirectlyInCharge, CadreRole.DeputySecretary),
            Part("m1", MemberPart.Participated),
            Part("m2", MemberPart.NotInvolved),
        ]);

        result.TeamResponsibility.Should().Be(LeadershipResponsibility.OverallLeadership);
        result.Members.Select(m => m.Responsibility).Should().Equal(
            LeadershipResponsibility.PrimaryLeadership, LeadershipResponsibility.PrimaryLeadership, LeadershipResponsibility.ImportantLeadership, null);
        result.Members.Should().OnlyContain(m => m.Citation == Citation.Parse("ARR2019 Art. 6"));
    }

    [Fact]
    public void Art17_RecordedObjection_ExemptsTheMember()
    {
        var result = ResponsibilityDerivation.Derive(Samples.Bureau, "违规决策", [
            Part("sec", MemberPart.PrincipalLeader, CadreRole.Secretary),
            Part("m1", MemberPart.ObjectedOrReserved),
        ]);

        var objector = result.Members[1];
        objector.Responsibility.Should().BeNull();
        objector.IsExempted.Should().BeTrue();
        objector.Citation.Should().Be(Citation.Parse("ARR2019 Art. 17 item 2"));
    }

    [Fact]
    public void Art6_2_CascadeFromAnOrganizationCase_AddsEveryResponsibleMember()
    {
        var result = ResponsibilityDerivation.Derive(Samples.Bureau, "主体责任落实不到位", [
            Part("sec", MemberPart.PrincipalLeader, CadreRole.Secretary),
            Part("m1", MemberPart.ObjectedOrReserved),
            Part("m2", MemberPart.Participated),
        ]);

        var cadres = result.CascadeToMembers();

        cadres.Select(c => c.Person.Value).Should().Equal("sec", "m2");
        cadres.Should().OnlyContain(c => c.Unit == Samples.Bureau && c.Forms.IsEmpty);
        cadres[0].Role.Should().Be(CadreRole.Secretary);
        cadres[1].Responsibility.Should().Be(LeadershipResponsibility.ImportantLeadership);
    }

    [Fact]
    public void Art6_NobodyInvolved_TeamBearsNoResponsibility()
    {
        var result = ResponsibilityDerivation.Derive(Samples.Bureau, "x", [Part("a", MemberPart.NotInvolved), Part("b", MemberPart.ObjectedOrReserved)]);

        result.TeamResponsibility.Should().BeNull();
        result.CascadeToMembers().Should().BeEmpty();
    }

    [Fact]
    public void Derive_BadTeam_ReportsEveryProblem()
    {
        var act = () => ResponsibilityDerivation.Derive(Samples.Bureau, " ", [
            Part("a", MemberPart.PrincipalLeader), Part("a", MemberPart.Participated), Part("b", MemberPart.PrincipalLeader),
        ]);

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly(
            (AccountabilityIssueCodes.InvalidValue, "matter"),
            (AccountabilityIssueCodes.InvalidValue, "members[1].person"),
            (AccountabilityIssueCodes.InvalidValue, "members[2].part"));
    }

    [Fact]
    public void Derive_EmptyTeam_Throws()
    {
        var act = () => ResponsibilityDerivation.Derive(Samples.Bureau, "x", []);

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((AccountabilityIssueCodes.InvalidValue, "members"));
    }

    private static readonly Gen<List<MemberPart>> Parts =
        Gen.Enum<MemberPart>().Where(p => p != MemberPart.PrincipalLeader).List[1, 12]
            .Select(Gen.Bool, (parts, withPrincipal) => withPrincipal ? [MemberPart.PrincipalLeader, .. parts] : parts);

    private static ResponsibilityAssessment DeriveAll(List<MemberPart> parts) =>
        ResponsibilityDerivation.Derive(Samples.Bureau, "matter", parts.Select((p, i) => Part($"p{i}", p)));

    [Fact]
    public void Property_NotInvolvedOrObjecting_NeverGetsALeadershipResponsibility()
    {
        Parts.Sample(parts =>
            DeriveAll(parts).Members
                .Where(m => m.Part is MemberPart.NotInvolved or MemberPart.ObjectedOrReserved)
                .All(m => m.Responsibility is null));
    }

    [Fact]
    public void Property_TeamBearsOverallResponsibility_ExactlyWhenAMemberIsResponsible()
    {
        Parts.Sample(parts =>
        {
            var result = DeriveAll(parts);
            var anyResponsible = parts.Any(p => p is MemberPart.PrincipalLeader or MemberPart.DirectlyInCharge or MemberPart.Participated);
            return (result.TeamResponsibility == LeadershipResponsibility.OverallLeadership) == anyResponsible
                && result.CascadeToMembers().Length == result.ResponsibleMembers.Count()
                && result.Members.Where(m => m.Responsibility == LeadershipResponsibility.PrimaryLeadership)
                    .All(m => m.Part is MemberPart.PrincipalLeader or MemberPart.DirectlyInCharge);
        });
    }
}
