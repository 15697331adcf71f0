using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Localization;
using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Checklists.Tests;

public sealed class ChecklistsIssueCodesTests() : IssueCodeDocumentationTests(typeof(ChecklistsIssueCodes), "CL", minimumCount: 30)
{
    [Fact]
    public void Readme_EveryRow_HasAnExample()
    {
        ReadmeTableRows().Should().AllSatisfy(r => r.Row.Should().Contain("e.g.", "row {0} needs an example", r.Code));
    }

    [Fact]
    public void Labels_EveryPublicEnumMember_IsLabelled()
    {
        Labels.FindUnlabelled(typeof(ChecklistTemplate).Assembly).Should().BeEmpty();
    }
}
