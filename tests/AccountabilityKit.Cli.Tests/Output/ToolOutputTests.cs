using AccountabilityKit.Cli.Output;

namespace AccountabilityKit.Cli.Tests.Output;

public sealed class ToolOutputTests
{
    [Fact]
    public void ToCsv_QuotesCommasQuotesAndLineBreaks()
    {
        var data = new DataSet(new DataColumn("a", "甲", "A"), new DataColumn("b", "乙", "B"));
        data.Add("x,y", "say \"hi\"").Add("line\nbreak", null);

        ToolOutput.ToCsv(data).Should().Be("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n\"line\nbreak\",\n");
    }

    [Fact]
    public void ToJson_KeysByColumnAndKeepsNulls()
    {
        var data = new DataSet(new DataColumn("code", "代码", "Code"), new DataColumn("path", "位置", "Path"));
        data.Add("CL020", null);

        ToolOutput.ToJson(data).ToJsonString().Should().Be("""[{"code":"CL020","path":null}]""");
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("zh-CN", false)]
    [InlineData(null, false)]
    public void ToolText_Parse_ChoosesTheLanguage(string? value, bool english)
    {
        ToolText.Parse(value)!.IsEnglish.Should().Be(english);
    }

    [Fact]
    public void ToolText_Parse_RejectsOtherLanguages()
    {
        ToolText.Parse("fr").Should().BeNull();
    }
}
