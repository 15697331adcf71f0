using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.Validation;

public class JsonPathsTests
{
    [Fact]
    public void Root_IsDollar()
    {
        JsonPaths.Root.Should().Be("$");
    }

    [Theory]
    [InlineData("$", "units", "$.units")]
    [InlineData("$.units[3]", "parentId", "$.units[3].parentId")]
    [InlineData("$", "snake_case1", "$.snake_case1")]
    [InlineData("$", "with space", "$['with space']")]
    [InlineData("$", "a.b", "$['a.b']")]
    [InlineData("$", "it's", "$['it\\'s']")]
    [InlineData("$", "名称", "$['名称']")]
    [InlineData("$", "", "$['']")]
    public void Property_Name_UsesDotOrBracketNotation(string parent, string property, string expected)
    {
        JsonPaths.Property(parent, property).Should().Be(expected);
    }

    [Theory]
    [InlineData("$", 0, "$[0]")]
    [InlineData("$.units", 12, "$.units[12]")]
    public void Index_Element_UsesBrackets(string parent, int index, string expected)
    {
        JsonPaths.Index(parent, index).Should().Be(expected);
    }

    [Fact]
    public void Index_Negative_Throws()
    {
        var act = () => JsonPaths.Index("$", -1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("$.units[3]", "name", "$.units[3].name")]
    [InlineData("$.units[3]", ".name", "$.units[3].name")]
    [InlineData("$.units[3]", "$.name", "$.units[3].name")]
    [InlineData("$.units", "[3]", "$.units[3]")]
    [InlineData("$.units", "$[3].id", "$.units[3].id")]
    [InlineData("$.units", "$['a b']", "$.units['a b']")]
    [InlineData("$.units", "$", "$.units")]
    [InlineData("$.units", "", "$.units")]
    public void Combine_Relative_AppendsToPrefix(string prefix, string relative, string expected)
    {
        JsonPaths.Combine(prefix, relative).Should().Be(expected);
    }

    [Fact]
    public void NullArguments_Throw()
    {
        var property1 = () => JsonPaths.Property(null!, "a");
        var property2 = () => JsonPaths.Property("$", null!);
        var index = () => JsonPaths.Index(null!, 0);
        var combine1 = () => JsonPaths.Combine(null!, "a");
        var combine2 = () => JsonPaths.Combine("$", null!);

        property1.Should().Throw<ArgumentNullException>();
        property2.Should().Throw<ArgumentNullException>();
        index.Should().Throw<ArgumentNullException>();
        combine1.Should().Throw<ArgumentNullException>();
        combine2.Should().Throw<ArgumentNullException>();
    }
}
