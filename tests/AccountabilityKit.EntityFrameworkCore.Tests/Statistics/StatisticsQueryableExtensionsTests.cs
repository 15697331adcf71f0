using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.EntityFrameworkCore.Statistics;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.EntityFrameworkCore.Tests.Specifications;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Queryable;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Statistics;

public sealed class StatisticsQueryableExtensionsTests
{
    private static readonly OrgUnitId[] ScopeRoots = [.. SampleUnits.All.Select(u => u.Id)];

    private static readonly StatMeasure[] BaseMeasures =
    [
        StatMeasure.Count(),
        .. FactFields.Numerics.SelectMany(f => new[] { StatMeasure.Sum(f), StatMeasure.Min(f), StatMeasure.Max(f) }),
        .. FactFields.Dimensions.Select(StatMeasure.DistinctCount),
    ];

    private static readonly StatMeasure[] Shareable = [.. BaseMeasures.Where(m => m.Kind is not (AggregateKind.Min or AggregateKind.Max))];

    private static readonly Gen<StatMeasure> Measure = Gen.Frequency(
        (6, Gen.Int[0, BaseMeasures.Length - 1].Select(i => BaseMeasures[i])),
        (2, Gen.Int[0, Shareable.Length - 1].Select(i => StatMeasure.ShareOfTotal(Shareable[i]))),
        (2, Gen.Select(Gen.Int[0, BaseMeasures.Length - 1], Gen.Int[0, BaseMeasures.Length - 1], (a, b) => StatMeasure.Ratio(BaseMeasures[a], BaseMeasures[b]))));

    /// <summary>Random requests over every feature: dimensions, base/share/ratio measures, period, scope, filters, total, rollup, top-N.</summary>
    private static Gen<StatRequest> Request(List<AccountabilityFact> facts) =>
        Gen.Select(
            Gen.Int[0, FactFields.Dimensions.Count - 1].Array[0, 4],
            Measure.Array[1, 5],
            Gen.Int[0, 14].Array[3],
            Gen.Int[0, FactFields.Dimensions.Count - 1].Array[0, 2],
            Gen.Int[0, 1000].Array[2],
            Gen.Int[0, 7],
            Gen.Int[0, 9],
            (dims, measures, period, filterDims, filterPicks, flags, top) =>
            {
                var dimensions = dims.Select(i => FactFields.Dimensions[i]).Distinct().ToArray();
                return new StatRequest
                {
                    Dimensions = [.. dimensions],
                    Measures = [.. measures],
                    From = period[0] < 12 ? new AssessmentQuarter(2020, 1).Plus(period[0]) : null,
                    To = period[1] < 12 ? new AssessmentQuarter(2020, 1).Plus(Math.Max(period[1], period[0] < 12 ? period[0] : 0)) : null,
                    Scope = period[2] < ScopeRoots.Length ? DataScope.Subtree(SampleUnits.Tree, ScopeRoots[period[2]]) : null,
                    Filters = [.. filterDims.Select((d, k) => new DimensionFilter(
                        FactFields.Dimensions[d],
                        [.. facts.Count == 0 ? ["none"] : facts.Where((_, i) => (i + filterPicks[k]) % 3 == 0).Select(f => FactValues.Text(f, FactFields.Dimensions[d])).Distinct()]))],
                    IncludeGrandTotal = (flags & 1) != 0,
                    Rollup = (flags & 2) != 0,
                    Top = dimensions.Length > 0 && top < 4 ? new StatTopN(measures[top % measures.Length].Key, 1 + top) : null,
                };
            });

    private static List<string> Render(StatTable table) => [.. table.Rows.Select(r => r.ToString())];

    private static void Replace(KitDbContext context, List<AccountabilityFact> facts)
    {
        context.Set<AccountabilityFact>().ExecuteDelete();
        context.Set<AccountabilityFact>().AddRange(facts);
        context.SaveChanges();
        context.ChangeTracker.Clear();
    }

    [Fact]
    public Task ExecuteStatRequestAsync_RandomFactsAndRequests_Sqlite_EqualsInMemoryEngines() => EqualsInMemoryEngines(DatabaseKind.Sqlite, 60);

    [PostgresFact]
    public Task ExecuteStatRequestAsync_RandomFactsAndRequests_Postgres_EqualsInMemoryEngines() => EqualsInMemoryEngines(DatabaseKind.Postgres, 15);

    private static async Task EqualsInMemoryEngines(DatabaseKind kind, int iterations)
    {
        using var database = TestDatabase.Create(kind, "pushdown");
        await using var context = KitDbContext.Create(database);
        await FactSamples.Gen.SelectMany(facts => Request(facts).Select(request => (facts, request))).SampleAsync(async t =>
        {
            Replace(context, t.facts);
            var table = new FactTable();
            table.AppendRange(t.facts);

            var pushedDown = await context.Set<AccountabilityFact>().ExecuteStatRequestAsync(t.request);

            Render(pushedDown).Should().Equal(Render(LinqStatExecutor.Execute(t.facts, t.request)));
            Render(pushedDown).Should().Equal(Render(ColumnarStatExecutor.Execute(table, t.request)));
            pushedDown.Columns.Should().Equal(LinqStatExecutor.Execute(t.facts, t.request).Columns);
        }, iter: iterations, threads: 1);
    }

    [Fact]
    public Task ExecuteStatRequestAsync_Sqlite_GroupsInTheDatabase() => GroupsInTheDatabase(DatabaseKind.Sqlite);

    [PostgresFact]
    public Task ExecuteStatRequestAsync_Postgres_GroupsInTheDatabase() => GroupsInTheDatabase(DatabaseKind.Postgres);

    private static async Task GroupsInTheDatabase(DatabaseKind kind)
    {
        var facts = FactSamples.Fixed(600);
        using var database = TestDatabase.Create(kind, "groupby");
        using (var seed = KitDbContext.Create(database))
        {
            seed.Set<AccountabilityFact>().AddRange(facts);
            seed.SaveChanges();
        }

        var request = new StatRequest
        {
            Dimensions = [FactField.Region, FactField.Year, FactField.Form],
            Measures = [StatMeasure.Count(), StatMeasure.Sum(FactField.Persons), StatMeasure.DistinctCount(FactField.Person)],
            IncludeGrandTotal = true,
        };
        var log = new List<string>();
        await using var context = SampleUnits.Logged(database, log);

        var table = await context.Set<AccountabilityFact>().ExecuteStatRequestAsync(request);

        // One command per grouping set (finest level, grand total), each grouping in SQL.
        var commands = log.Where(l => l.Contains("Executed DbCommand", StringComparison.Ordinal)).ToList();
        commands.Should().HaveCount(request.GroupingSets().Length);
        commands.Should().OnlyContain(c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        commands[0].Should().Contain("GROUP BY").And.ContainEquivalentOf("COUNT(DISTINCT");

        // The finest level's query returns exactly one row per group: far fewer rows than facts cross the wire.
        var finest = request.GroupingSets()[0];
        var rows = await QueryableStatExecutor.BuildQuery(context.Set<AccountabilityFact>(), request, finest, StatisticsQueryableExtensions.FactMap).ToListAsync();
        rows.Should().HaveCount(table.Groups.Count());
        rows.Count.Should().BeLessThan(facts.Count / 5);

        Render(table).Should().Equal(Render(LinqStatExecutor.Execute(facts, request)));
        table.GrandTotal![0].Should().Be(facts.Count);
    }

    [Fact]
    public void ToStatRequestSql_Sqlite_ShowsOneGroupByPerGroupingSet()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "sql");
        using var context = KitDbContext.Create(database);
        var request = new StatRequest
        {
            Dimensions = [FactField.Region, FactField.Form],
            Measures = [StatMeasure.Count()],
            Rollup = true,
        };

        var sql = context.Set<AccountabilityFact>().ToStatRequestSql(request);

        sql.Should().HaveCount(request.GroupingSets().Length).And.HaveCountGreaterThan(2);
        sql.Take(2).Should().OnlyContain(s => s.Contains("GROUP BY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteStatRequestAsync_InvalidRequest_ThrowsValidationFailedWithCodeAndPath()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "invalid");
        await using var context = KitDbContext.Create(database);
        var request = new StatRequest { Dimensions = [FactField.Region], Measures = [] };

        var act = () => context.Set<AccountabilityFact>().ExecuteStatRequestAsync(request);

        var error = (await act.Should().ThrowAsync<ValidationFailedException>()).Which;
        error.Report.Issues.Should().ContainSingle(i => i.Code == "ST008" && i.Path == "$.measures");
    }

    [Fact]
    public async Task ExecuteStatRequestAsync_UntranslatableSource_ThrowsTypedErrorInsteadOfClientEvaluation()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "untranslatable");
        await using var context = KitDbContext.Create(database);
        context.Set<AccountabilityFact>().AddRange(FactSamples.Fixed(10));
        await context.SaveChangesAsync();
        var request = new StatRequest { Dimensions = [FactField.Form], Measures = [StatMeasure.Count()] };

        // A source filtered by a .NET-only method cannot become SQL; the push-down must not fall back to the client.
        var source = context.Set<AccountabilityFact>().Where(f => IsInteresting(f));
        var act = () => source.ExecuteStatRequestAsync(request);

        var error = (await act.Should().ThrowAsync<StatRequestTranslationException>()).Which;
        error.GroupingSet!.Dimensions.Should().Equal(FactField.Form);
        error.InnerException.Should().BeOfType<InvalidOperationException>();
        error.Text!.Id.Should().Be("EntityFrameworkCore.StatRequestNotTranslatable");
        error.Text["dimensions"]!.Value.Value.Should().Be(LabelledValue.Of(FactField.Form));
        error.Message.Should().Be(error.Text.Render(null));
    }

    private static bool IsInteresting(AccountabilityFact fact) => fact.CaseId.Length > 0;
}
