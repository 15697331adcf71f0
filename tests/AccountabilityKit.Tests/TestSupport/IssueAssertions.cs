using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.TestSupport;

internal static class IssueAssertions
{
    /// <summary>Runs <paramref name="action"/>, expects a <see cref="ValidationFailedException"/> and returns its single issue.</summary>
    public static ValidationIssue SingleIssue(Action action)
    {
        var exception = Assert.Throws<ValidationFailedException>(action);
        exception.Report.Issues.Should().ContainSingle();
        return exception.Report.Issues[0];
    }

    public static void ShouldBe(this ValidationIssue issue, string code, string path)
    {
        issue.Code.Should().Be(code, "the issue was {0}", issue);
        issue.Path.Should().Be(path, "the issue was {0}", issue);
        issue.Severity.Should().Be(IssueSeverity.Error);
        issue.Message.Should().NotBeNullOrWhiteSpace();
    }
}
