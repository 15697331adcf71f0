using System.Text;
using System.Text.Json;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Export;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Reports;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Export;

public sealed class JsonExportTests
{
    private static readonly StatTable ByForm = LinqStatExecutor.Execute(
        new AccountabilityFactProjection(Tree).Project(Case()),
        new StatRequest { Dimensions = [FactField.Form], Measures = [StatMeasure.Count(), StatMeasure.Min(FactField.Persons)], IncludeGrandTotal = true });

    [Fact]
    public async Task WriteAsync_StatTable_KeysLabelsAndTypedValues()
    {
        using var stream = new MemoryStream();
        await JsonExport.WriteAsync(stream, [ExportTables.From(ByForm)]);
        var raw = Encoding.UTF8.GetString(stream.ToArray());
        using var json = JsonDocument.Parse(raw);

        raw.Should().Contain("诫勉", "Chinese text is written as is, not \\u-escaped");
        var table = json.RootElement.GetProperty("tables")[0];
        table.GetProperty("key").GetString().Should().Be("statistics");
        table.GetProperty("labels").GetProperty("zh-CN").GetString().Should().Be("统计结果");
        var columns = table.GetProperty("columns").EnumerateArray().ToList();
        columns.Select(c => (c.GetProperty("key").GetString(), c.GetProperty("type").GetString())).Should().Equal(
            ("form", "text"), ("count", "integer"), ("min:persons", "integer"));
        columns[0].GetProperty("labels").GetProperty("en").GetString().Should().Be("Accountability form");

        var first = table.GetProperty("rows")[0];
        first.GetProperty("values").GetProperty("form").GetString().Should().Be("admonishment", "an enum is exported as its canonical camelCase code, like LabelledValue");
        first.GetProperty("values").GetProperty("count").ValueKind.Should().Be(JsonValueKind.Number);
        first.GetProperty("values").GetProperty("count").GetInt64().Should().Be(2);
        first.GetProperty("labels").GetProperty("form").GetProperty("zh-CN").GetString().Should().Be("诫勉");

        var total = table.GetProperty("rows")[3];
        total.GetProperty("values").GetProperty("form").ValueKind.Should().Be(JsonValueKind.Null);
        total.GetProperty("labels").GetProperty("form").GetProperty("en").GetString().Should().Be("Total");
    }

    [Fact]
    public void ToJson_HeadlineReport_DecimalsAreNumbersAndNotApplicableIsNull()
    {
        var facts = new AccountabilityFactProjection(Tree).ProjectAll([Case("A", decided: new NodaTime.LocalDate(2021, 3, 1)), Case("B", decided: new NodaTime.LocalDate(2020, 3, 1)), Case("C", decided: new NodaTime.LocalDate(2020, 4, 1))]);
        var report = HeadlineReport.Create(facts, [], ReportPeriod.Year(2021), scope: null);

        using var json = JsonDocument.Parse(JsonExport.ToJson(ExportTables.From(report)));

        var tables = json.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("key").GetString()).ToList();
        tables.Should().Equal("headline", "byForm", "byResponsibility", "byDisciplineForm");
        var cases = json.RootElement.GetProperty("tables")[0].GetProperty("rows")[0];
        cases.GetProperty("values").GetProperty("measure").GetString().Should().Be("cases");
        cases.GetProperty("values").GetProperty("change").GetInt32().Should().Be(-1);
        cases.GetProperty("values").GetProperty("changePercent").GetDecimal().Should().Be(-50.0m);
        cases.GetProperty("labels").GetProperty("measure").GetProperty("zh-CN").GetString().Should().Be("问责案件（起）");
        var firstForm = json.RootElement.GetProperty("tables")[0].GetProperty("rows")[7];
        firstForm.GetProperty("values").GetProperty("changePercent").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
