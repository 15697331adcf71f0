using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.Validation;

public class ValidationIssueTests
{
    [Fact]
    public void Error_Factory_SetsEveryPart()
    {
        var issue = ValidationIssue.Error("AK010", "$.units[3].id", "Duplicate id.");

        issue.Code.Should().Be("AK010");
        issue.Severity.Should().Be(IssueSeverity.Error);
        issue.Path.Should().Be("$.units[3].id");
        issue.Message.Should().Be("Duplicate id.");
    }

    [Fact]
    public void Warning_Factory_HasWarningSeverity()
    {
        ValidationIssue.Warning("CL001", "$", "Look at this.").Severity.Should().Be(IssueSeverity.Warning);
    }

    [Theory]
    [InlineData("AK01")]
    [InlineData("ak010")]
    [InlineData("A010")]
    [InlineData("ABCDE010")]
    [InlineData("AK0100")]
    [InlineData("AK 010")]
    [InlineData("")]
    public void Constructor_BadCode_ThrowsArgumentException(string code)
    {
        var act = () => new ValidationIssue(code, IssueSeverity.Error, "$", "Message.");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("code");
    }

    [Theory]
    [InlineData("AK010")]
    [InlineData("CL001")]
    [InlineData("ABCD999")]
    public void Constructor_WellFormedCode_IsAccepted(string code)
    {
        new ValidationIssue(code, IssueSeverity.Information, "x", "Message.").Code.Should().Be(code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankMessage_ThrowsArgumentException(string message)
    {
        var act = () => new ValidationIssue("AK010", IssueSeverity.Error, "$", message);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_NullArguments_ThrowArgumentNull()
    {
        var nullCode = () => new ValidationIssue(null!, IssueSeverity.Error, "$", "m");
        var nullPath = () => new ValidationIssue("AK010", IssueSeverity.Error, null!, "m");
        var nullMessage = () => new ValidationIssue("AK010", IssueSeverity.Error, "$", null!);

        nullCode.Should().Throw<ArgumentNullException>();
        nullPath.Should().Throw<ArgumentNullException>();
        nullMessage.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Constructor_UndefinedSeverity_ThrowsArgumentOutOfRange()
    {
        var act = () => new ValidationIssue("AK010", (IssueSeverity)7, "$", "m");

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ToString_Shape_IsCodeSeverityPathMessage()
    {
        ValidationIssue.Error("AK010", "$.units[3].id", "Two units share the id 'NT'.").ToString()
            .Should().Be("AK010 error at $.units[3].id: Two units share the id 'NT'.");
        ValidationIssue.Warning("AK002", "name", "Blank.").ToString().Should().Be("AK002 warning at name: Blank.");
    }

    [Fact]
    public void ToString_EmptyPath_ShowsRoot()
    {
        ValidationIssue.Error("AK040", string.Empty, "Bad.").ToString().Should().Be("AK040 error at $: Bad.");
    }

    [Theory]
    [InlineData("$.units[3]", "name", "$.units[3].name")]
    [InlineData("$.units[3]", "$.name", "$.units[3].name")]
    [InlineData("$.units", "[2]", "$.units[2]")]
    [InlineData("$.units", "$[2].id", "$.units[2].id")]
    [InlineData("$.units[3]", "$", "$.units[3]")]
    [InlineData("$.units[3]", "", "$.units[3]")]
    public void Under_Prefix_CombinesPaths(string prefix, string path, string expected)
    {
        var issue = ValidationIssue.Error("AK001", path, "Bad id.");

        var moved = issue.Under(prefix);

        moved.Path.Should().Be(expected);
        moved.Code.Should().Be(issue.Code);
        moved.Severity.Should().Be(issue.Severity);
        moved.Message.Should().Be(issue.Message);
        issue.Path.Should().Be(path);
    }

    [Fact]
    public void Equality_SameParts_AreEqual()
    {
        ValidationIssue.Error("AK001", "$", "m").Should().Be(ValidationIssue.Error("AK001", "$", "m"));
        ValidationIssue.Error("AK001", "$", "m").Should().NotBe(ValidationIssue.Warning("AK001", "$", "m"));
    }
}
