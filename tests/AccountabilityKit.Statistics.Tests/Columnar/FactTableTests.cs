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

    [Fact]
    public void BytesPerRow_AllColumnsOrWithoutCaseAndPerson_SumsTheCodeAndValueWidths()
    {
        var all = new FactTable();
        var lean = new FactTable(FactTableOptions.WithoutCaseAndPerson);
        all.Append(Fact());
        lean.Append(Fact());

        all.BytesPerRow.Should().Be(15 + 5, "15 one-byte dimension codes and 5 one-byte numeric fields");
        lean.BytesPerRow.Should().Be(13 + 5);

        all.AppendRange(Enumerable.Range(1, 300).Select(i => Fact($"C{i}") with { Subjects = 300 }));
        all.BytesPerRow.Should().Be(20 + 1 + 1, "case codes and subject values both widened to two bytes");
        all.AllocatedColumnBytes.Should().BeGreaterThanOrEqualTo(301L * all.BytesPerRow);
    }

    [Fact]
    public void Execute_OnALeanTable_MatchesTheReferenceForStoredColumns()
    {
        var facts = Enumerable.Range(0, 50).Select(i => Fact($"C{i % 7}") with { Persons = i % 3 }).ToList();
        var table = new FactTable(new FactTableOptions { Dimensions = [FactField.Year, FactField.Form, FactField.Quarter] });
        table.AppendRange(facts);
        var request = new Statistics.Aggregation.StatRequest
        {
            Dimensions = [FactField.Year, FactField.Form],
            Measures = [Statistics.Aggregation.StatMeasure.Count(), Statistics.Aggregation.StatMeasure.Sum(FactField.Persons)],
            From = new Time.AssessmentQuarter(2021, 1),
        };

        ColumnarStatExecutor.Execute(table, request).Rows.Select(r => r.ToString()).Should()
            .Equal(Statistics.Aggregation.LinqStatExecutor.Execute(facts, request).Rows.Select(r => r.ToString()));
        table.BytesPerRow.Should().Be(3 + 5);
        table.Stores(FactField.Case).Should().BeFalse();
    }

    [Fact]
    public void Execute_RequestNeedingAColumnNotStored_ReportsST016AtEachUse()
    {
        var table = new FactTable(new FactTableOptions { Dimensions = [FactField.Year] });
        table.Append(Fact());
        var request = new Statistics.Aggregation.StatRequest
        {
            Dimensions = [FactField.Year, FactField.Form],
            Measures =
            [
                Statistics.Aggregation.StatMeasure.Count(),
                Statistics.Aggregation.StatMeasure.ShareOfTotal(Statistics.Aggregation.StatMeasure.DistinctCount(FactField.Person)),
            ],
            To = new Time.AssessmentQuarter(2021, 4),
            Scope = Organization.DataScope.Subtree(Tree, City),
            Filters = [new Statistics.Aggregation.DimensionFilter(FactField.SubjectKind, ["Cadre"])],
        };

        var act = () => ColumnarStatExecutor.Execute(table, request);

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly(
            (StatisticsIssueCodes.DimensionNotStored, "$.dimensions[1]"),
            (StatisticsIssueCodes.DimensionNotStored, "$.measures[1].numerator.field"),
            (StatisticsIssueCodes.DimensionNotStored, "$.to"),
            (StatisticsIssueCodes.DimensionNotStored, "$.scope"),
            (StatisticsIssueCodes.DimensionNotStored, "$.filters[0].field"));
    }

    [Fact]
    public void Constructor_OptionsNamingANumericField_Throws()
    {
        var act = () => new FactTable(new FactTableOptions { Dimensions = [FactField.Persons] });

        act.Should().Throw<ArgumentException>().WithParameterName("options");
    }
}
