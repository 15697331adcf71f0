using AccountabilityKit.Validation;

namespace AccountabilityKit.Accountability.Tests.TestSupport;

/// <summary>Assertions on the issues of a <see cref="ValidationReport"/>.</summary>
internal static class ReportAssertions
{
    /// <summary>Asserts that the report holds exactly these (code, path) errors, in any order.</summary>
    public static void ShouldHaveExactly(this ValidationReport report, params (string Code, string Path)[] expected)
    {
        report.IsValid.Should().BeFalse();
        report.Issues.Select(i => (i.Code, i.Path)).Should().BeEquivalentTo(expected, because: "the report was:\n{0}", report);
    }

    /// <summary>Asserts that the report contains this (code, path) issue.</summary>
    public static void ShouldContain(this ValidationReport report, string code, string path) =>
        report.Issues.Should().Contain(i => i.Code == code && i.Path == path, "the report was:\n{0}", report);
}
