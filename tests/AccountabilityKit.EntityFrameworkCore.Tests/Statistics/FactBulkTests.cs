using System.Diagnostics;
using AccountabilityKit.EntityFrameworkCore.Statistics;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Statistics;

public sealed class FactBulkTests(ITestOutputHelper output)
{
    private const int Million = 1_000_000;

    [PostgresFact]
    public async Task MillionFacts_Postgres_AggregateInsideTheDatabaseLikeTheInMemoryEngine()
    {
        using var database = TestDatabase.Create(DatabaseKind.Postgres, "bulk");
        await using var context = KitDbContext.Create(database);

        var watch = Stopwatch.StartNew();
        var written = FactCopy.Copy(database.ConnectionString, Enumerable.Range(0, Million).Select(FactCopy.Synthetic));
        var copied = watch.Elapsed;
        written.Should().Be(Million);
        (await context.Set<AccountabilityFact>().CountAsync()).Should().Be(Million);

        var table = new FactTable();
        table.AppendRange(Enumerable.Range(0, Million).Select(FactCopy.Synthetic));
        var request = new StatRequest
        {
            Dimensions = [FactField.Region, FactField.Year, FactField.Form],
            Measures =
            [
                StatMeasure.Count(), StatMeasure.Sum(FactField.Persons), StatMeasure.Sum(FactField.Organizations),
                StatMeasure.Sum(FactField.Cases), StatMeasure.DistinctCount(FactField.Person),
            ],
            From = AssessmentQuarter.Parse("2017Q1"),
            IncludeGrandTotal = true,
        };

        watch.Restart();
        var pushedDown = await context.Set<AccountabilityFact>().ExecuteStatRequestAsync(request);
        var aggregated = watch.Elapsed;
        var inMemory = ColumnarStatExecutor.Execute(table, request);

        pushedDown.Rows.Select(r => r.ToString()).Should().Equal(inMemory.Rows.Select(r => r.ToString()));
        pushedDown.GrandTotal![0].Should().Be(inMemory.GrandTotal![0]).And.BeGreaterThan(Million / 2);
        pushedDown.Groups.Count().Should().Be(40 * 9 * 6);
        output.WriteLine($"COPY of {Million:N0} facts: {copied.TotalSeconds:F1} s; push-down aggregation: {aggregated.TotalSeconds:F2} s");
    }
}
