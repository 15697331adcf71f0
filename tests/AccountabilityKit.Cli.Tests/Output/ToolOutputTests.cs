using System.Text.Json;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Localization;
using AccountabilityKit.Statistics.Export;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Tests.Output;

public sealed class ToolOutputTests
{
    [Fact]
    public void ToCsv_IsTheLibrarysCsv_WithBomQuotingAndNeutralisedFormulas()
    {
        var data = new TableBuilder("t", TableBuilder.Text("a", "甲", "A"), TableBuilder.Text("b", "乙", "B"), TableBuilder.Decimal("n", "数", "N"))
            .Add(TableBuilder.Cell("x,y"), TableBuilder.Cell("say \"hi\""), ExportCell.OfDecimalNumber(-1.5m))
            .Add(TableBuilder.Cell("line\nbreak"), TableBuilder.Cell(null), ExportCell.OfDecimalNumber(null))
            .Add(TableBuilder.Cell("=SUM(A1)"), TableBuilder.Cell("@x"), ExportCell.OfDecimalNumber(2m))
            .Build("表", "Table");

        ToolOutput.ToCsv(data, MessageCatalog.English).Should().Be(
            "\uFEFFA,B,N\r\n\"x,y\",\"say \"\"hi\"\"\",-1.5\r\n\"line\nbreak\",,\r\n'=SUM(A1),'@x,2\r\n");
        ToolOutput.ToCsv(data, MessageCatalog.Chinese).Should().StartWith("\uFEFF甲,乙,数\r\n");
    }

    [Fact]
    public void WriteJson_IsTheLibrarysJson_NumbersAsNumbersAndEnumsAsCodesWithLabels()
    {
        var data = new TableBuilder("issues", TableBuilder.Text("severity", "级别", "Severity"), TableBuilder.Integer("count", "数量", "Count"), TableBuilder.Text("path", "位置", "Path"))
            .Add(ExportCell.OfEnum(IssueSeverity.Error), ExportCell.OfWholeNumber(3), TableBuilder.Cell(null))
            .Build("问题", "Problems");
        using var stdout = new StringWriter();
        new ToolOutput(stdout, TextWriter.Null, OutputFormat.Json, ToolText.English, interactive: false).Write(data);

        using var document = JsonDocument.Parse(stdout.ToString());
        var row = document.RootElement.GetProperty("tables")[0].GetProperty("rows")[0];
        row.GetProperty("values").GetProperty("severity").GetString().Should().Be("error");
        row.GetProperty("values").GetProperty("count").ValueKind.Should().Be(JsonValueKind.Number);
        row.GetProperty("values").GetProperty("path").ValueKind.Should().Be(JsonValueKind.Null);
        row.GetProperty("labels").GetProperty("severity").GetProperty("zh-CN").GetString().Should().Be("错误");
        row.GetProperty("labels").GetProperty("severity").GetProperty("en").GetString().Should().Be("Error");
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
