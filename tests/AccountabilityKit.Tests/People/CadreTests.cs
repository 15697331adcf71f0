using AccountabilityKit.TestSupport;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Tests.TestSupport;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.People;

public sealed class CadreTests
{
    private static readonly PersonId Person = new("P-0421");
    private static readonly OrgUnitId Unit = new("RG");

    private static ValidationReport CreateFails(PersonId id, string name, OrgUnitId unit, CadreRole role) =>
        ((Action)(() => _ = new Cadre(id, name, unit, role))).ShouldFailValidation();

    [Fact]
    public void Constructor_ValidInput_KeepsEveryValue()
    {
        var cadre = new Cadre(Person, "张建国", Unit, CadreRole.DeputySecretary, "市委副书记、市长");

        cadre.Id.Should().Be(Person);
        cadre.Name.Should().Be("张建国");
        cadre.Unit.Should().Be(Unit);
        cadre.Role.Should().Be(CadreRole.DeputySecretary);
        cadre.Position.Should().Be("市委副书记、市长");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_NoPosition_PositionIsNull(string? position)
    {
        var cadre = new Cadre(Person, "张建国", Unit, CadreRole.TeamMember, position);

        cadre.Position.Should().BeNull();
    }

    [Fact]
    public void Equality_SameValues_AreEqual()
    {
        var a = new Cadre(Person, "张建国", Unit, CadreRole.Secretary, "书记");
        var b = new Cadre(new PersonId("P-0421"), "张建国", new OrgUnitId("RG"), CadreRole.Secretary, "书记");
        var c = new Cadre(Person, "张建国", Unit, CadreRole.TeamMember, "书记");

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(c);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    public void Constructor_BlankName_ReportsAK002AtName(string? name)
    {
        CreateFails(Person, name!, Unit, CadreRole.Secretary)
            .ShouldHaveExactly((VocabularyIssueCodes.EmptyName, "name"));
    }

    [Fact]
    public void Constructor_DefaultPersonId_ReportsAK001AtId()
    {
        CreateFails(default, "张建国", Unit, CadreRole.Secretary)
            .ShouldHaveExactly((VocabularyIssueCodes.InvalidIdentifier, "id"));
    }

    [Fact]
    public void Constructor_DefaultUnit_ReportsAK001AtUnit()
    {
        CreateFails(Person, "张建国", default, CadreRole.Secretary)
            .ShouldHaveExactly((VocabularyIssueCodes.InvalidIdentifier, "unit"));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(99)]
    public void Constructor_UndefinedRole_ReportsAK003AtRole(int role)
    {
        var report = CreateFails(Person, "张建国", Unit, (CadreRole)role);

        report.ShouldHaveExactly((VocabularyIssueCodes.UndefinedEnumValue, "role"));
        report.Issues[0].Message.Should().Contain(((int)role).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Constructor_SeveralProblems_ReportsThemAllTogether()
    {
        var report = CreateFails(default, " ", default, (CadreRole)42);

        report.ShouldHaveExactly(
            (VocabularyIssueCodes.InvalidIdentifier, "id"),
            (VocabularyIssueCodes.EmptyName, "name"),
            (VocabularyIssueCodes.InvalidIdentifier, "unit"),
            (VocabularyIssueCodes.UndefinedEnumValue, "role"));
    }

    [Fact]
    public void Constructor_TwoProblems_ExceptionMessageCountsThem()
    {
        var act = () => new Cadre(default, "", Unit, CadreRole.Secretary);

        act.Should().ThrowExactly<ValidationFailedException>()
            .Which.Report.Issues.Should().HaveCount(2);
        using (UiCulture.Use("en"))
        {
            act.Should().ThrowExactly<ValidationFailedException>().Which.Message.Should().Contain("2 issues");
        }

        act.Should().ThrowExactly<ValidationFailedException>().Which.Message.Should().Contain("共 2 个问题");
    }

    [Fact]
    public void IsPrincipalLeader_Secretary_IsTrue()
    {
        new Cadre(Person, "张建国", Unit, CadreRole.Secretary).IsPrincipalLeader.Should().BeTrue();
    }

    [Theory]
    [InlineData(CadreRole.DeputySecretary)]
    [InlineData(CadreRole.DisciplineSecretary)]
    [InlineData(CadreRole.OrganizationDepartmentHead)]
    [InlineData(CadreRole.TeamMember)]
    public void IsPrincipalLeader_OtherRoles_IsFalse(CadreRole role)
    {
        new Cadre(Person, "张建国", Unit, role).IsPrincipalLeader.Should().BeFalse();
    }
}
