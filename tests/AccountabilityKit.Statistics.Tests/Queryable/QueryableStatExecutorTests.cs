using System.Linq.Expressions;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Queryable;
using AccountabilityKit.Statistics.Tests.TestSupport;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using CsCheck;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Queryable;

public sealed class QueryableStatExecutorTests
{
    private static readonly IReadOnlyList<AccountabilityFact> Facts = new AccountabilityFactProjection(Tree).ProjectAll(
    [
        Case("A", typical: true, batch: "2021-1"),
        Case("B", typical: true, batch: "2021-1", decided: new NodaTime.LocalDate(2021, 8, 1)),
        Case("C", decided: new NodaTime.LocalDate(2022, 1, 3)),
    ]);

    private static readonly StatRequest Everything = new()
    {
        Dimensions = [FactField.Region, FactField.Year, FactField.Form, FactField.Adjustment, FactField.Person, FactField.Typical],
        Measures =
        [
            StatMeasure.Count(), StatMeasure.Sum(FactField.Persons), StatMeasure.Min(FactField.Subjects), StatMeasure.Max(FactField.Cases),
            StatMeasure.DistinctCount(FactField.Person), StatMeasure.DistinctCount(FactField.NoticeBatch), StatMeasure.DistinctCount(FactField.Year),
            StatMeasure.ShareOfTotal(StatMeasure.Count()), StatMeasure.Ratio(StatMeasure.Sum(FactField.Persons), StatMeasure.DistinctCount(FactField.Case)),
        ],
        From = AssessmentQuarter.Parse("2021Q1"),
        To = AssessmentQuarter.Parse("2022Q4"),
        Scope = DataScope.Subtree(Tree, City),
        Filters =
        [
            new DimensionFilter(FactField.Adjustment, [null, "PostChange", "NoSuchAdjustment"]),
            new DimensionFilter(FactField.Quarter, ["2021Q2", "2021Q3", "2022Q1", "2022q1"]),
            new DimensionFilter(FactField.Year, ["2021", "2022", "02021"]),
            new DimensionFilter(FactField.Typical, ["true", "false"]),
            new DimensionFilter(FactField.Unit, ["RG-EDU", "RG-T1", "not an id!"]),
        ],
        Rollup = true,
    };

    [Fact]
    public void Execute_RandomFactsAndRequests_EqualsLinqReferenceAndColumnarEngineExactly()
    {
        RandomStats.FactsAndRequests.Sample(t =>
        {
            var table = new FactTable();
            table.AppendRange(t.Facts);

            var queryable = QueryableStatExecutor.Execute(t.Facts.ToList().AsQueryable(), t.Request);
            var reference = LinqStatExecutor.Execute(t.Facts, t.Request);
            var columnar = ColumnarStatExecutor.Execute(table, t.Request);

            RandomStats.Render(queryable).Should().Equal(RandomStats.Render(reference));
            RandomStats.Render(columnar).Should().Equal(RandomStats.Render(reference));
            queryable.Columns.Should().Equal(reference.Columns);
        }, iter: 400);
    }

    [Fact]
    public void Execute_EveryDimensionFilterAndMeasureKind_MatchesTheReference()
    {
        var queryable = QueryableStatExecutor.Execute(Facts.ToList().AsQueryable(), Everything);

        RandomStats.Render(queryable).Should().Equal(RandomStats.Render(LinqStatExecutor.Execute(Facts, Everything)));
        queryable.GrandTotal![0].Should().Be(12, "every entry of the three cases passes the filters");
    }

    [Fact]
    public void Execute_AsQueryableOverTheImmutableArrayOfAProjection_MatchesTheReference()
    {
        // ProjectAll returns an ImmutableArray (a struct); LINQ to objects cannot run a query rooted at one as such.
        var facts = new AccountabilityFactProjection(Tree).ProjectAll([Case("A"), Case("B", decided: new NodaTime.LocalDate(2021, 8, 1))]);

        var queryable = QueryableStatExecutor.Execute(facts.AsQueryable(), Everything);

        RandomStats.Render(queryable).Should().Equal(RandomStats.Render(LinqStatExecutor.Execute(facts, Everything)));
        queryable.GrandTotal![0].Should().Be(8);
    }

    [Fact]
    public void BuildQuery_EveryGroupingSet_CallsOnlyStandardQueryOperators()
    {
        foreach (var set in Everything.GroupingSets())
        {
            var query = QueryableStatExecutor.BuildQuery(Facts.ToList().AsQueryable(), Everything, set);
            var walker = new ExpressionWalker();
            walker.Visit(query.Expression);

            walker.Calls.Should().OnlyContain(m => m.DeclaringType == typeof(System.Linq.Queryable) || m.DeclaringType == typeof(Enumerable),
                "a SQL provider translates standard query operators only, never a method of ours");
            walker.Calls.Select(m => m.Name).Should().Contain(["Where", "GroupBy", "Select", "Contains"]);
            walker.Invocations.Should().Be(0);
            walker.News.Should().OnlyContain(t => t == typeof(StatGroupKey) || t == typeof(StatGroup));
        }
    }

    [Fact]
    public void BuildQuery_GroupKey_IsAMemberInitOfTheGroupedDimensionsOnly()
    {
        var set = Everything.GroupingSets()[1];
        var walker = new ExpressionWalker();
        walker.Visit(QueryableStatExecutor.BuildQuery(Facts.ToList().AsQueryable(), Everything, set).Expression);

        var key = walker.Inits.Single(i => i.Type == typeof(StatGroupKey));
        key.Bindings.Select(b => b.Member.Name).Should().Equal("Region", "Year", "Form", "Adjustment", "Person");
    }

    [Fact]
    public void BuildQuery_GrandTotal_GroupsByAConstant()
    {
        var request = new StatRequest { Dimensions = [FactField.Form], Measures = [StatMeasure.Count()], IncludeGrandTotal = true };
        var total = request.GroupingSets().Single(s => s.IsGrandTotal);

        var rows = QueryableStatExecutor.BuildQuery(Facts.ToList().AsQueryable(), request, total).ToList();

        rows.Should().ContainSingle().Which.Value0.Should().Be(12);
        rows[0].Form.Should().BeNull();
    }

    [Fact]
    public void BuildQuery_ForeignGroupingSet_Throws()
    {
        var request = new StatRequest { Dimensions = [FactField.Form], Measures = [StatMeasure.Count()] };

        var act = () => QueryableStatExecutor.BuildQuery(Facts.ToList().AsQueryable(), request, new StatGroupingSet(1, [FactField.Region]));

        act.Should().Throw<ArgumentException>().WithParameterName("set");
    }

    [Fact]
    public void BuildQuery_InvalidRequest_ThrowsWithCodeAndPath()
    {
        var request = new StatRequest { Dimensions = [FactField.Form], Measures = [StatMeasure.Count()], Top = new StatTopN("sum:persons", 0) };

        var act = () => QueryableStatExecutor.BuildQuery(Facts.ToList().AsQueryable(), request, new StatGroupingSet(1, [FactField.Form]));

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly(
            (StatisticsIssueCodes.UnknownTopMeasure, "$.top.measureKey"),
            (StatisticsIssueCodes.TopCountNotPositive, "$.top.count"));
    }

    [Fact]
    public void Execute_YearMap_ReadsTheYearThroughTheGivenExpression()
    {
        var map = new QueryableFactMap { Year = f => f.Quarter.Quarter + 2000 };
        var request = new StatRequest { Dimensions = [FactField.Year], Measures = [StatMeasure.Count()], Filters = [new DimensionFilter(FactField.Year, ["2002", "2003"])] };

        var table = QueryableStatExecutor.Execute(Facts.ToList().AsQueryable(), request, map);

        table.Rows.Select(r => r.ToString()).Should().Equal("2002 => 4", "2003 => 4");
    }

    [Fact]
    public void Execute_FilterTextNamingNoValue_MatchesNothing()
    {
        var request = new StatRequest { Measures = [StatMeasure.Count()], Filters = [new DimensionFilter(FactField.Form, ["admonishment", "1"])] };

        QueryableStatExecutor.Execute(Facts.ToList().AsQueryable(), request).Rows.Single()[0].Should().Be(0);
    }

    [Fact]
    public void ToTable_NoGrandTotalRow_ReportsATotalOverNoRows()
    {
        var request = new StatRequest
        {
            Dimensions = [FactField.Form],
            Measures = [StatMeasure.Count(), StatMeasure.Min(FactField.Persons), StatMeasure.ShareOfTotal(StatMeasure.Count())],
            IncludeGrandTotal = true,
        };

        var table = QueryableStatExecutor.ToTable(request, [.. request.GroupingSets().Select(s => new StatGroupingResult(s, []))]);

        table.Rows.Select(r => r.ToString()).Should().Equal("TOTAL ∅ => 0,∅,∅");
    }

    private sealed class ExpressionWalker : ExpressionVisitor
    {
        public List<System.Reflection.MethodInfo> Calls { get; } = [];

        public List<Type> News { get; } = [];

        public List<MemberInitExpression> Inits { get; } = [];

        public int Invocations { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            Calls.Add(node.Method);
            return base.VisitMethodCall(node);
        }

        protected override Expression VisitNew(NewExpression node)
        {
            News.Add(node.Type);
            return base.VisitNew(node);
        }

        protected override Expression VisitMemberInit(MemberInitExpression node)
        {
            Inits.Add(node);
            return base.VisitMemberInit(node);
        }

        protected override Expression VisitInvocation(InvocationExpression node)
        {
            Invocations++;
            return base.VisitInvocation(node);
        }
    }
}
