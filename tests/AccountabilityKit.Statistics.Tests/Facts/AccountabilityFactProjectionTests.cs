using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Tests.TestSupport;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Facts;

public sealed class AccountabilityFactProjectionTests
{
    private readonly AccountabilityFactProjection _projection = new(Tree);

    [Fact]
    public void Project_CaseWithOrganisationAndTwoCadres_OneRowPerFormPerSubject()
    {
        var rows = _projection.Project(Case());

        rows.Select(r => (r.SubjectKind, r.Form, r.Person?.Value)).Should().Equal(
            (SubjectKind.Organization, AccountabilityForm.CirculatedNotice, null),
            (SubjectKind.Cadre, AccountabilityForm.Admonishment, "P1"),
            (SubjectKind.Cadre, AccountabilityForm.Admonishment, "P2"),
            (SubjectKind.Cadre, AccountabilityForm.OrganizationalAdjustment, "P2"));
        rows.Should().OnlyContain(r => r.CaseId == "2021-RG-007" && r.Quarter == new AssessmentQuarter(2021, 2) && r.Year == 2021);
        rows.Should().OnlyContain(r => r.Region == CountyA && r.Circumstance == Circumstance.PeoplesLivelihoodMisconduct);
    }

    [Fact]
    public void Project_Markers_CountCasesSubjectsAndPersonTimes()
    {
        var rows = _projection.Project(Case(typical: true, batch: "2021-1"));

        rows.Sum(r => r.Cases).Should().Be(1);
        rows.Sum(r => r.TypicalCases).Should().Be(1);
        rows.Sum(r => r.Subjects).Should().Be(3, "one organisation and two cadres are held to account");
        rows.Where(r => r.SubjectKind == SubjectKind.Cadre).Sum(r => r.Subjects).Should().Be(2);
        rows.Sum(r => r.Persons).Should().Be(2, "two cadres in one case are two person-times, though they have three entries");
        rows.Sum(r => r.Organizations).Should().Be(1);
        rows.Should().OnlyContain(r => r.IsTypical && r.NoticeBatch == "2021-1");
    }

    [Fact]
    public void Project_CadreRow_CarriesAdjustmentResponsibilityAndUnitKind()
    {
        var p2 = _projection.Project(Case()).Where(r => r.Person == new PersonId("P2")).ToList();

        p2.Should().OnlyContain(r => r.Adjustment == OrganizationalAdjustmentKind.PostChange
            && r.Responsibility == Accountability.Responsibilities.LeadershipResponsibility.ImportantLeadership
            && r.Unit == TownA && r.UnitKind == UnitKind.Township);
        p2.Select(r => r.Subjects).Should().Equal(1, 0);
    }

    [Fact]
    public void Project_SameCaseTwice_GivesEqualRows()
    {
        _projection.Project(Case()).Should().Equal(_projection.Project(Case()));
    }

    [Fact]
    public void RegionOf_DepthTwo_IsTheDepartmentAndShallowerUnitsAreTheirOwnRegion()
    {
        var deep = new AccountabilityFactProjection(Tree, regionDepth: 2);

        deep.RegionOf(BureauA).Should().Be(BureauA);
        deep.RegionOf(CountyA).Should().Be(CountyA);
        _projection.RegionOf(BureauA).Should().Be(CountyA);
        _projection.RegionOf(City).Should().Be(City);
    }

    [Fact]
    public void Project_UndecidedCaseUnknownUnitAndNoForms_ReportsEveryProblemWithPaths()
    {
        var bad = Case() with
        {
            DecidedOn = null,
            Organizations = [new AccountableOrganization { Unit = new OrgUnitId("NOWHERE") }],
        };

        var act = () => _projection.Project(bad);

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly(
            (StatisticsIssueCodes.CaseNotDecided, "$.decidedOn"),
            (StatisticsIssueCodes.UnitNotInTree, "$.organizations[0].unit"),
            (StatisticsIssueCodes.SubjectWithoutForm, "$.organizations[0].forms"));
    }

    [Fact]
    public void ProjectAll_SecondCaseInvalid_PrefixesPathsWithItsIndex()
    {
        var cases = new[] { Case("A"), Case("B") with { Cadres = [Cadre("P9", new OrgUnitId("X"), AccountabilityForm.Admonishment)] } };

        var act = () => _projection.ProjectAll(cases);

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly(
            (StatisticsIssueCodes.UnitNotInTree, "$[1].cadres[0].unit"));
    }

    [Fact]
    public void ProjectAll_TwoCases_ConcatenatesInOrder()
    {
        var rows = _projection.ProjectAll([Case("A"), Case("B")]);

        rows.Select(r => r.CaseId).Should().Equal("A", "A", "A", "A", "B", "B", "B", "B");
        rows.Sum(r => r.Cases).Should().Be(2);
    }
}
