using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment.Tests;

public class AssessmentLabelsTests
{
    [Fact]
    public void FindUnlabelled_AssessmentAssembly_IsEmpty()
    {
        Labels.FindUnlabelled(typeof(Finding).Assembly).Should().BeEmpty();
    }

    [Fact]
    public void Of_FindingSource_GivesChineseLabel()
    {
        Labels.Of(FindingSource.PatrolInspection, Labels.Chinese).Should().Be("巡察");
    }
}
