using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Queries;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Accountability.Tests.Queries;

public class CaseSpecsTests
{
    private static readonly OrgUnitId School = new("RG-EDU-01");
    private static readonly OrgUnitId CityDepartment = new("NT-ORG");

    private static readonly OrgTree Tree = OrgTree.Build([
        new OrgUnit(Samples.City, "南通市委", UnitKind.City),
        new OrgUnit(Samples.County, "如皋市委", UnitKind.County, Samples.City),
        new OrgUnit(Samples.Bureau, "如皋市教育局党委", UnitKind.CountyDepartment, Samples.County),
        new OrgUnit(CityDepartment, "市委组织部", UnitKind.CityDepartment, Samples.City),
    ]);

    private static readonly AccountabilityCase[] Cases =
    [
        Samples.Case() with { Id = "c", DecidedOn = new LocalDate(2021, 5, 10) },
        Samples.Case() with
        {
            Id = "a",
            Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyCommittee, Samples.City),
            DecidedOn = new LocalDate(2021, 11, 3),
            Organizations = [],
            Cadres = [Samples.SecretaryCadre(AccountabilityForm.CirculatedNotice) with { Person = new PersonId("P-X"), Unit = CityDepartment }],
            IsTypicalCase = true,
            NoticeBatch = "2021年第3批",
        },
        Samples.Case() with { Id = "b", DecidedOn = null, DeliveredOn = null, Organizations = [], Cadres = [Samples.SecretaryCadre()] },
        Samples.Case() with { Id = "d", DecidedOn = new LocalDate(2022, 1, 4), DeliveredOn = null, Cadres = [Samples.SecretaryCadre(AccountabilityForm.CirculatedNotice) with { Person = Samples.Deputy }] },
    ];

    [Fact]
    public void CasesInScope_KeepsTheCasesDecidedInTheSubtree_OrderedById()
    {
        new CasesInScopeSpec(DataScope.Subtree(Tree, Samples.County)).Evaluate(Cases).Select(c => c.Id).Should().Equal("b", "c", "d");
        new CasesInScopeSpec(DataScope.Subtree(Tree, Samples.City)).Evaluate(Cases).Select(c => c.Id).Should().Equal("a", "b", "c", "d");
        new CasesInScopeSpec(DataScope.Subtree(Tree, CityDepartment)).Evaluate(Cases).Should().BeEmpty();
    }

    [Fact]
    public void CasesDecidedInYear_KeepsThatYear_AndSkipsUndecidedCases()
    {
        new CasesDecidedInYearSpec(new AssessmentYear(2021)).Evaluate(Cases).Select(c => c.Id).Should().Equal("a", "c");
        new CasesDecidedInYearSpec(new AssessmentYear(2022)).Evaluate(Cases).Select(c => c.Id).Should().Equal("d");
    }

    [Fact]
    public void CasesDecidedBetween_IsInclusive_AndOrderedByDecisionDate()
    {
        new CasesDecidedBetweenSpec(new LocalDate(2021, 5, 10), new LocalDate(2022, 1, 4)).Evaluate(Cases).Select(c => c.Id).Should().Equal("c", "a", "d");
        new CasesDecidedBetweenSpec(AssessmentQuarter.Parse("2021Q4")).Evaluate(Cases).Select(c => c.Id).Should().Equal("a");
        new CasesDecidedBetweenSpec(AssessmentQuarter.Parse("2021Q3")).Evaluate(Cases).Should().BeEmpty();
    }

    [Fact]
    public void CasesDecidedBetween_ReversedPeriod_Throws()
    {
        var act = () => new CasesDecidedBetweenSpec(new LocalDate(2021, 2, 1), new LocalDate(2021, 1, 1));

        act.Should().Throw<ValidationFailedException>().Which.Report.Issues.Should().ContainSingle(i => i.Code == AccountabilityIssueCodes.InvalidValue && i.Path == "to");
    }

    [Fact]
    public void CasesInvolvingUnit_MatchesOrganizationsAndCadres()
    {
        new CasesInvolvingUnitSpec(Samples.Bureau).Evaluate(Cases).Select(c => c.Id).Should().Equal("b", "c", "d");
        new CasesInvolvingUnitSpec(CityDepartment).Evaluate(Cases).Select(c => c.Id).Should().Equal("a");
        new CasesInvolvingUnitSpec(School).Evaluate(Cases).Should().BeEmpty();
    }

    [Fact]
    public void CasesInvolvingPerson_MatchesTheCadres()
    {
        new CasesInvolvingPersonSpec(Samples.Secretary).Evaluate(Cases).Select(c => c.Id).Should().Equal("b", "c");
        new CasesInvolvingPersonSpec(Samples.Deputy).Evaluate(Cases).Select(c => c.Id).Should().Equal("d");
    }

    [Fact]
    public void CasesWithForm_MatchesOrganizationAndCadreForms()
    {
        new CasesWithFormSpec(AccountabilityForm.CirculatedNotice).Evaluate(Cases).Select(c => c.Id).Should().Equal("a", "d");
        new CasesWithFormSpec(AccountabilityForm.WrittenExamination).Evaluate(Cases).Select(c => c.Id).Should().Equal("c", "d");
        new CasesWithFormSpec(AccountabilityForm.Admonishment).Evaluate(Cases).Select(c => c.Id).Should().Equal("c");
        new CasesWithFormSpec(AccountabilityForm.DisciplinarySanction).Evaluate(Cases).Should().BeEmpty();
    }

    [Fact]
    public void TypicalCases_KeepsTheCirculatedOnes()
    {
        new TypicalCasesSpec().Evaluate(Cases).Select(c => c.Id).Should().Equal("a");
    }
}
