using AccountabilityKit.Localization;
using AccountabilityKit.TestSupport;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.Validation;

public class ValidationIssueTests
{
    [Fact]
    public void Error_Factory_SetsEveryPart()
    {
        var issue = ValidationIssue.Error("AK010", "$.units[3].id", TestText.Of("Duplicate id."));

        issue.Code.Should().Be("AK010");
        issue.Severity.Should().Be(IssueSeverity.Error);
        issue.Path.Should().Be("$.units[3].id");
        issue.Message.Should().Be("Duplicate id.");
    }

    [Fact]
    public void Warning_Factory_HasWarningSeverity()
    {
        ValidationIssue.Warning("CL001", "$", TestText.Of("Look at this.")).Severity.Should().Be(IssueSeverity.Warning);
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
        var act = () => new ValidationIssue(code, IssueSeverity.Error, "$", TestText.Of("Message."));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("code");
    }

    [Theory]
    [InlineData("AK010")]
    [InlineData("CL001")]
    [InlineData("ABCD999")]
    public void Constructor_WellFormedCode_IsAccepted(string code)
    {
        new ValidationIssue(code, IssueSeverity.Information, "x", TestText.Of("Message.")).Code.Should().Be(code);
    }

    [Fact]
    public void Constructor_NullArguments_ThrowArgumentNull()
    {
        var nullCode = () => new ValidationIssue(null!, IssueSeverity.Error, "$", TestText.Of("m"));
        var nullPath = () => new ValidationIssue("AK010", IssueSeverity.Error, null!, TestText.Of("m"));
        var nullMessage = () => new ValidationIssue("AK010", IssueSeverity.Error, "$", null!);

        nullCode.Should().Throw<ArgumentNullException>();
        nullPath.Should().Throw<ArgumentNullException>();
        nullMessage.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Constructor_UndefinedSeverity_ThrowsArgumentOutOfRange()
    {
        var act = () => new ValidationIssue("AK010", (IssueSeverity)7, "$", TestText.Of("m"));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ToString_Shape_IsCodeSeverityPathMessage()
    {
        ValidationIssue.Error("AK010", "$.units[3].id", TestText.Of("Two units share the id 'NT'.")).ToString(MessageCatalog.English)
            .Should().Be("AK010 error at $.units[3].id: Two units share the id 'NT'.");
        ValidationIssue.Warning("AK002", "name", TestText.Of("Blank.")).ToString(MessageCatalog.English).Should().Be("AK002 warning at name: Blank.");
        ValidationIssue.Warning("AK002", "name", TestText.Of("名称为空。")).ToString(MessageCatalog.Chinese).Should().Be("AK002 警告 name：名称为空。");
    }

    [Fact]
    public void ToString_EmptyPath_ShowsRoot()
    {
        ValidationIssue.Error("AK040", string.Empty, TestText.Of("Bad.")).ToString(MessageCatalog.English).Should().Be("AK040 error at $: Bad.");
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
        var issue = ValidationIssue.Error("AK001", path, TestText.Of("Bad id."));

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
        ValidationIssue.Error("AK001", "$", TestText.Of("m")).Should().Be(ValidationIssue.Error("AK001", "$", TestText.Of("m")));
        ValidationIssue.Error("AK001", "$", TestText.Of("m")).Should().NotBe(ValidationIssue.Warning("AK001", "$", TestText.Of("m")));
    }
}
