using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.TestSupport;

/// <summary>Assertions on the issues of a <see cref="ValidationReport"/>.</summary>
internal static class ReportAssertions
{
    /// <summary>Asserts that the report holds exactly these (code, path) issues, all errors, in any order.</summary>
    public static void ShouldHaveExactly(this ValidationReport report, params (string Code, string Path)[] expected)
    {
        report.IsValid.Should().BeFalse();
        report.Issues.Should().OnlyContain(i => i.Severity == IssueSeverity.Error);
        report.Issues.Select(i => (i.Code, i.Path)).Should().BeEquivalentTo(expected, because: "the report was:\n{0}", report);
    }

    /// <summary>Runs <paramref name="act"/>, expecting a <see cref="ValidationFailedException"/>, and returns its report.</summary>
    public static ValidationReport ShouldFailValidation(this Action act)
    {
        var exception = act.Should().ThrowExactly<ValidationFailedException>().Which;
        return exception.Report;
    }
}
