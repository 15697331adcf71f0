using AccountabilityKit.Localization;
using AccountabilityKit.TestSupport;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.Validation;

public class ValidationReportTests
{
    private static readonly ValidationIssue Error1 = ValidationIssue.Error("AK010", "$[1].id", TestText.Of("Two units share the id 'NT'."));
    private static readonly ValidationIssue Error2 = ValidationIssue.Error("AK011", "$[2].parentId", TestText.Of("Unknown parent 'XX'."));
    private static readonly ValidationIssue Warning1 = ValidationIssue.Warning("AK002", "$[0].name", TestText.Of("The name looks odd."));

    [Fact]
    public void Empty_IsValidWithNoIssues()
    {
        ValidationReport.Empty.IsValid.Should().BeTrue();
        ValidationReport.Empty.Issues.Should().BeEmpty();
        ValidationReport.Empty.ToString(MessageCatalog.English).Should().Be("No issues.");
        ValidationReport.Empty.ToString(MessageCatalog.Chinese).Should().Be("没有问题。");
        ValidationReport.From([]).Should().BeSameAs(ValidationReport.Empty);
    }

    [Fact]
    public void IsValid_WarningsOnly_IsTrue()
    {
        var report = ValidationReport.Of(Warning1);

        report.IsValid.Should().BeTrue();
        report.Warnings.Should().Equal(Warning1);
        report.Errors.Should().BeEmpty();
        report.Invoking(r => r.ThrowIfInvalid()).Should().NotThrow();
    }

    [Fact]
    public void IsValid_AnError_IsFalse()
    {
        var report = ValidationReport.From([Warning1, Error1]);

        report.IsValid.Should().BeFalse();
        report.Errors.Should().Equal(Error1);
        report.Warnings.Should().Equal(Warning1);
    }

    [Fact]
    public void From_KeepsOrder()
    {
        ValidationReport.From([Error2, Warning1, Error1]).Issues.Should().Equal(Error2, Warning1, Error1);
    }

    [Fact]
    public void From_NullIssue_Throws()
    {
        var act = () => ValidationReport.From([Error1, null!]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("issues");
    }

    [Fact]
    public void Merge_TwoReports_ConcatenatesInOrder()
    {
        var merged = ValidationReport.Of(Error1).Merge(ValidationReport.From([Warning1, Error2]));

        merged.Issues.Should().Equal(Error1, Warning1, Error2);
    }

    [Fact]
    public void Merge_WithEmpty_ReturnsTheOther()
    {
        var report = ValidationReport.Of(Error1);

        report.Merge(ValidationReport.Empty).Should().BeSameAs(report);
        ValidationReport.Empty.Merge(report).Should().BeSameAs(report);
    }

    [Fact]
    public void Merge_DoesNotChangeEitherReport()
    {
        var left = ValidationReport.Of(Error1);
        var right = ValidationReport.Of(Error2);

        _ = left.Merge(right);

        left.Issues.Should().Equal(Error1);
        right.Issues.Should().Equal(Error2);
    }

    [Fact]
    public void Under_Prefix_MovesEveryIssue()
    {
        var report = ValidationReport.From([ValidationIssue.Error("AK001", "id", TestText.Of("Bad.")), ValidationIssue.Warning("AK002", "$.name", TestText.Of("Odd."))]);

        var moved = report.Under("$.units[4]");

        moved.Issues.Select(i => i.Path).Should().Equal("$.units[4].id", "$.units[4].name");
        moved.Issues.Select(i => i.Severity).Should().Equal(IssueSeverity.Error, IssueSeverity.Warning);
    }

    [Fact]
    public void Contains_Code_MatchesExactly()
    {
        var report = ValidationReport.From([Error1, Warning1]);

        report.Contains("AK010").Should().BeTrue();
        report.Contains("AK002").Should().BeTrue();
        report.Contains("AK011").Should().BeFalse();
        report.Contains("ak010").Should().BeFalse();
    }

    [Fact]
    public void ThrowIfInvalid_Errors_ThrowsWithTheSameReport()
    {
        var report = ValidationReport.From([Error1, Error2]);

        var exception = Assert.Throws<ValidationFailedException>(report.ThrowIfInvalid);

        exception.Report.Should().BeSameAs(report);
    }

    [Fact]
    public void ToString_OneLinePerIssue()
    {
        var report = ValidationReport.From([Error1, Warning1]);

        report.ToString(MessageCatalog.English).Split(Environment.NewLine).Should().Equal(
            "AK010 error at $[1].id: Two units share the id 'NT'.",
            "AK002 warning at $[0].name: The name looks odd.");
    }

    [Fact]
    public void Exception_OneIssue_MessageNamesIt()
    {
        using var english = UiCulture.Use("en");
        var exception = new ValidationFailedException(Error1);

        exception.Message.Should().Be("Validation failed: AK010 error at $[1].id: Two units share the id 'NT'.");
        exception.Report.Issues.Should().Equal(Error1);
        exception.InnerException.Should().BeNull();
    }

    [Fact]
    public void Exception_SeveralIssues_MessageListsEachOne()
    {
        using var english = UiCulture.Use("en");
        var exception = new ValidationFailedException(ValidationReport.From([Error1, Error2]));

        exception.Message.Should().StartWith("Validation failed with 2 issues:")
            .And.Contain(Error1.ToString(MessageCatalog.English))
            .And.Contain(Error2.ToString(MessageCatalog.English));
        exception.Message.Split(Environment.NewLine).Should().HaveCount(3);
    }

    [Fact]
    public void Exception_EmptyReport_HasGenericMessage()
    {
        using var english = UiCulture.Use("en");
        new ValidationFailedException(ValidationReport.Empty).Message.Should().Be("Validation failed.");
    }

    [Fact]
    public void Exception_InnerException_IsKept()
    {
        var inner = new InvalidOperationException("cause");

        var exception = new ValidationFailedException(ValidationReport.Of(Error1), inner);

        exception.InnerException.Should().BeSameAs(inner);
        exception.Message.Should().Contain("AK010");
    }

    [Fact]
    public void Exception_NullReport_Throws()
    {
        var act = () => new ValidationFailedException((ValidationReport)null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
