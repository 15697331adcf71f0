using AccountabilityKit.TestSupport;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Facts;

public sealed class ScoreFactProjectionTests
{
    private static readonly ScoreFactProjection Projection = new(Tree);

    private static ScoreCard Card(OrgUnitId? unit = null, decimal total = 96.5m, string group = "departments", Grade grade = Grade.Excellent, VetoOutcome? veto = null) =>
        new(unit ?? BureauA, new AssessmentQuarter(2022, 3), "county-2022", "1", group, total, grade, "好", veto,
        [
            new ScoreLine(ScoreLineKind.Base, "base", null, 100m, TestText.Of("基础分")),
            new ScoreLine(ScoreLineKind.Deduction, "political", "F1", -3.5m, TestText.Of("学习制度落实不到位")),
        ]);

    [Fact]
    public void Project_Card_CarriesUnitRegionGroupQuarterTotalAndGrade()
    {
        var fact = Projection.Project(Card());

        fact.Unit.Should().Be(BureauA);
        fact.Region.Should().Be(CountyA);
        fact.UnitKind.Should().Be(UnitKind.CountyDepartment);
        fact.UnitGroup.Should().Be("departments");
        fact.Quarter.Should().Be(new AssessmentQuarter(2022, 3));
        fact.Year.Should().Be(2022);
        fact.Total.Should().Be(96.5m);
        fact.Grade.Should().Be(Grade.Excellent);
        fact.IsVetoed.Should().BeFalse();
    }

    [Fact]
    public void Project_VetoedCard_IsVetoed()
    {
        var card = Card(grade: Grade.Poor, veto: new VetoOutcome("v1", "F1", null, TestText.Of("一票否决"), null));

        Projection.Project(card).Should().Match<ScoreFact>(f => f.IsVetoed && f.Grade == Grade.Poor);
    }

    [Fact]
    public void Validate_UnknownUnitNoGroupBadGradeAndWrongTotal_ReportsEveryProblemWithPaths()
    {
        var card = Card(unit: new OrgUnitId("NOWHERE"), total: 97m, group: " ", grade: (Grade)42);

        Projection.Validate(card).ShouldHaveExactly(
            (StatisticsIssueCodes.UnitNotInTree, "$.unit"),
            (StatisticsIssueCodes.InvalidScoreCard, "$.groupId"),
            (StatisticsIssueCodes.InvalidScoreCard, "$.grade"),
            (StatisticsIssueCodes.InvalidScoreCard, "$.total"));
    }

    [Fact]
    public void ProjectAll_NullAndInconsistentCards_ReportsBothWithIndexedPaths()
    {
        var act = () => Projection.ProjectAll([Card(), null!, Card(total: 1m)]);

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly(
            (StatisticsIssueCodes.MissingItem, "$[1]"),
            (StatisticsIssueCodes.InvalidScoreCard, "$[2].total"));
    }

    [Fact]
    public void ProjectAll_Cards_OneFactPerCardInOrder()
    {
        var facts = Projection.ProjectAll([Card(), Card(unit: TownA)]);

        facts.Select(f => f.Unit).Should().Equal(BureauA, TownA);
        facts[1].Region.Should().Be(CountyA);
    }
}
