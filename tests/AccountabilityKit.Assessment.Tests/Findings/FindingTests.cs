using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Tests.TestSupport;
using AccountabilityKit.Organization;
using AccountabilityKit.Validation;
using NodaTime;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests.Findings;

public class FindingTests
{
    private static readonly Finding Base = Finding("f1", "political", FindingSeverity.General) with { RectificationDeadline = new LocalDate(2026, 6, 10) };

    [Fact]
    public void Constructor_EmptyTexts_ReportsEachWithItsPath()
    {
        var act = () => { _ = new Finding(" ", CountyA, Q2, FindingSource.Letter, "", FindingSeverity.Minor, ""); };

        act.ShouldFailValidation().ShouldHaveExactly(
            (AssessmentIssueCodes.InvalidFinding, "$.id"),
            (AssessmentIssueCodes.InvalidFinding, "$.categoryCode"),
            (AssessmentIssueCodes.InvalidFinding, "$.description"));
    }

    [Fact]
    public void Constructor_DefaultUnitAndUndefinedEnums_AreReported()
    {
        var act = () => { _ = new Finding("x", default(OrgUnitId), Q2, (FindingSource)42, "c", (FindingSeverity)9, "d"); };

        act.ShouldFailValidation().ShouldHaveExactly(
            (AssessmentIssueCodes.InvalidFinding, "$.unit"),
            (VocabularyIssueCodes.UndefinedEnumValue, "$.source"),
            (VocabularyIssueCodes.UndefinedEnumValue, "$.severity"));
    }

    [Fact]
    public void RectificationAt_BeforeDeadlineNotRectified_IsOpen()
    {
        Base.RectificationAt(new LocalDate(2026, 6, 10)).Should().Be(new RectificationState(RectificationStatus.Open, 0));
    }

    [Fact]
    public void RectificationAt_AfterDeadlineNotRectified_IsOverdueWithDays()
    {
        Base.RectificationAt(new LocalDate(2026, 6, 30)).Should().Be(new RectificationState(RectificationStatus.Overdue, 20));
    }

    [Fact]
    public void RectificationAt_RectifiedOnDeadline_IsOnTime()
    {
        (Base with { RectifiedOn = new LocalDate(2026, 6, 10) }).RectificationAt(new LocalDate(2026, 7, 1))
            .Should().Be(new RectificationState(RectificationStatus.RectifiedOnTime, 0));
    }

    [Fact]
    public void RectificationAt_RectifiedAfterDeadline_IsLateWithDays()
    {
        var state = (Base with { RectifiedOn = new LocalDate(2026, 6, 13) }).RectificationAt(new LocalDate(2026, 7, 1));

        state.Should().Be(new RectificationState(RectificationStatus.RectifiedLate, 3));
        state.MissedDeadline.Should().BeTrue();
    }

    [Fact]
    public void RectificationAt_RectifiedAfterAsOf_IsNotYetKnown()
    {
        (Base with { RectifiedOn = new LocalDate(2026, 6, 5) }).RectificationAt(new LocalDate(2026, 6, 1))
            .Status.Should().Be(RectificationStatus.Open);
    }

    [Fact]
    public void RectificationAt_NoDeadline_IsNeverOverdue()
    {
        (Base with { RectificationDeadline = null }).RectificationAt(new LocalDate(2030, 1, 1)).Status.Should().Be(RectificationStatus.Open);
    }
}
