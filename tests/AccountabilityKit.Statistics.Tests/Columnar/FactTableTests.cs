using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Tests.TestSupport;
using AccountabilityKit.Validation;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Columnar;

public sealed class FactTableTests
{
    [Fact]
    public void Append_Codes_WidenFromByteToUshortToInt()
    {
        var table = new FactTable();
        table.Append(Fact("C0"));
        table.CodeWidthOf(FactField.Case).Should().Be(1);

        table.AppendRange(Enumerable.Range(1, 300).Select(i => Fact($"C{i}")));
        table.CodeWidthOf(FactField.Case).Should().Be(2);
        table.CodeWidthOf(FactField.Region).Should().Be(1);

        table.AppendRange(Enumerable.Range(301, 70_000).Select(i => Fact($"C{i}")));
        table.CodeWidthOf(FactField.Case).Should().Be(4);
        table.CardinalityOf(FactField.Case).Should().Be(70_301);
        table.Count.Should().Be(70_301);
    }

    [Fact]
    public void Append_AfterWidening_KeepsEveryEarlierValue()
    {
        var table = new FactTable();
        var facts = Enumerable.Range(0, 70_000).Select(i => Fact($"C{i}")).ToList();
        foreach (var f in facts.Take(100)) { table.Append(f); }
        table.AppendRange(facts.Skip(100));

        var result = ColumnarStatExecutor.Execute(table, new Statistics.Aggregation.StatRequest
        {
            Dimensions = [FactField.Case],
            Measures = [Statistics.Aggregation.StatMeasure.Count()],
        });

        result.Rows.Select(r => r.Keys[0]).Should().Equal(facts.Select(f => f.CaseId).Order(StringComparer.Ordinal));
        result.Rows.Should().OnlyContain(r => r[0] == 1);
    }

    [Fact]
    public void AppendRange_InvalidFacts_ReportsEveryProblemAndAppendsNothing()
    {
        var table = new FactTable();
        var facts = new[] { Fact(), Fact("") with { Persons = -1 }, Fact() with { Subjects = 70_000 } };

        var act = () => table.AppendRange(facts);

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly(
            (StatisticsIssueCodes.InvalidFact, "$[1].caseId"),
            (StatisticsIssueCodes.InvalidFact, "$[1].persons"),
            (StatisticsIssueCodes.InvalidFact, "$[2].subjects"));
        table.Count.Should().Be(0);
    }

    [Fact]
    public void Append_DefaultUnit_ReportsST009AtUnit()
    {
        var act = () => new FactTable().Append(Fact() with { Unit = default });

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((StatisticsIssueCodes.InvalidFact, "$.unit"));
    }
}
