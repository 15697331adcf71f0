using AccountabilityKit.EntityFrameworkCore.Specifications;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.Organization;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.EntityFrameworkCore.Tests.Statistics;
using AccountabilityKit.Statistics.Facts;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Specifications;

public sealed class KitSpecificationEvaluatorTests
{
    private sealed class ByKind : Specification<OrgUnit>
    {
        public ByKind(UnitKind kind) => Query.Where(u => u.Kind == kind);
    }

    private sealed class FactPage : Specification<AccountabilityFact>
    {
        public FactPage(AccountabilityForm? form, int skip, int take)
        {
            if (form is { } f)
            {
                Query.Where(x => x.Form == f);
            }

            Query.OrderByDescending(x => x.Persons).ThenBy(x => x.CaseId).Skip(skip).Take(take);
        }
    }

    private sealed class FactSearch : Specification<AccountabilityFact>
    {
        public FactSearch(string term) => Query.Where(x => x.Cases == 1).Search(x => x.CaseId, term).OrderBy(x => x.CaseId);
    }

    private sealed class NameSearch : Specification<OrgUnit>
    {
        public NameSearch(params (string Term, int Group)[] terms)
        {
            foreach (var (term, group) in terms)
            {
                Query.Search(u => u.Name, term, group);
            }
        }
    }

    private sealed class ChildrenOf : Specification<OrgUnit>
    {
        public ChildrenOf(OrgUnitId parent) => Query.Where(u => u.ParentId == parent).Where(u => u.Kind != UnitKind.Village);
    }

    private sealed class NamesOfCounties : Specification<OrgUnit, string>
    {
        public NamesOfCounties()
        {
            Query.Where(u => u.Kind == UnitKind.County).OrderBy(u => u.Name);
            Query.Select(u => u.Name);
        }
    }

    private sealed class Tagged : Specification<OrgUnit>
    {
        public Tagged(bool tracking)
        {
            Query.Where(u => u.Kind == UnitKind.County).TagWith("akit: counties for the quarterly report");
            if (tracking)
            {
                Query.AsTracking();
            }
            else
            {
                Query.AsNoTracking();
            }
        }
    }

    private sealed class NoSelector : Specification<OrgUnit, string>;

    /// <summary>
    /// Org-unit specs compared with Ardalis's in-memory evaluator on the same rows (case-exact search terms only). They
    /// do not order: the in-memory evaluator cannot order by <see cref="OrgUnitId"/> (it compares boxed keys through the
    /// non-generic <see cref="IComparable"/>, which the id does not implement), so both sides are sorted by id here.
    /// </summary>
    public static TheoryData<string> Cases => new()
    {
        "counties", "townships-none", "search-one-term", "search-or-within-group",
        "search-and-across-groups", "search-percent-literal-prefix", "search-chinese", "children", "children-none",
    };

    private static Specification<OrgUnit> SpecFor(string name) => name switch
    {
        "counties" => new ByKind(UnitKind.County),
        "townships-none" => new ByKind(UnitKind.Province),
        "search-one-term" => new NameSearch(("%County", 1)),
        "search-or-within-group" => new NameSearch(("%County", 1), ("%town", 1)),
        "search-and-across-groups" => new NameSearch(("%a%", 1), ("%Bureau%", 2)),
        "search-percent-literal-prefix" => new NameSearch(("City%", 1)),
        "search-chinese" => new NameSearch(("%教育%", 1)),
        "children" => new ChildrenOf(SampleUnits.City),
        "children-none" => new ChildrenOf(new OrgUnitId("u99")),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void GetQuery_Sqlite_EqualsInMemoryEvaluator(string spec) => EqualsInMemory(DatabaseKind.Sqlite, spec);

    [PostgresTheory]
    [MemberData(nameof(Cases))]
    public void GetQuery_Postgres_EqualsInMemoryEvaluator(string spec) => EqualsInMemory(DatabaseKind.Postgres, spec);

    private static void EqualsInMemory(DatabaseKind kind, string name)
    {
        using var database = SampleUnits.Seeded(kind, "spec");
        using var context = KitDbContext.Create(database, ensureCreated: false);
        var spec = SpecFor(name);

        var fromDatabase = KitSpecificationEvaluator.Instance.GetQuery(context.Set<OrgUnit>().AsNoTracking(), spec).AsEnumerable();
        var inMemory = spec.Evaluate(SampleUnits.All);

        ById(fromDatabase).Should().Equal(ById(inMemory));
    }

    private static List<OrgUnit> ById(IEnumerable<OrgUnit> units) => [.. units.OrderBy(u => u.Id.Value, StringComparer.Ordinal)];

    /// <summary>Fact specs with ordering (by int and ASCII columns) and pagination, compared with the in-memory evaluator.</summary>
    public static TheoryData<string> FactCases => new()
    {
        "page-first", "page-middle", "page-past-the-end", "filtered-page", "search-prefix", "search-none",
    };

    private static Specification<AccountabilityFact> FactSpecFor(string name) => name switch
    {
        "page-first" => new FactPage(null, 0, 10),
        "page-middle" => new FactPage(null, 37, 25),
        "page-past-the-end" => new FactPage(null, 1000, 5),
        "filtered-page" => new FactPage(AccountabilityForm.Admonishment, 3, 7),
        "search-prefix" => new FactSearch("C0001%"),
        "search-none" => new FactSearch("X%"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Theory]
    [MemberData(nameof(FactCases))]
    public void GetQuery_Facts_Sqlite_EqualsInMemoryEvaluator(string spec) => FactsEqualInMemory(DatabaseKind.Sqlite, spec);

    [PostgresTheory]
    [MemberData(nameof(FactCases))]
    public void GetQuery_Facts_Postgres_EqualsInMemoryEvaluator(string spec) => FactsEqualInMemory(DatabaseKind.Postgres, spec);

    private static void FactsEqualInMemory(DatabaseKind kind, string name)
    {
        var facts = FactSamples.Fixed(200);
        using var database = TestDatabase.Create(kind, "spec");
        using (var seed = KitDbContext.Create(database))
        {
            seed.Set<AccountabilityFact>().AddRange(facts);
            seed.SaveChanges();
        }

        using var context = KitDbContext.Create(database, ensureCreated: false);
        var spec = FactSpecFor(name);

        var fromDatabase = KitSpecificationEvaluator.Instance.GetQuery(context.Set<AccountabilityFact>().AsNoTracking(), spec).ToList();
        var inMemory = spec.Evaluate(facts).ToList();

        fromDatabase.Should().Equal(inMemory);
        if (name != "page-past-the-end" && name != "search-none")
        {
            fromDatabase.Should().NotBeEmpty("the case must exercise real rows");
        }
    }

    [Fact]
    public void GetQuery_Projection_Sqlite_EqualsInMemoryEvaluator() => ProjectionEqualsInMemory(DatabaseKind.Sqlite);

    [PostgresFact]
    public void GetQuery_Projection_Postgres_EqualsInMemoryEvaluator() => ProjectionEqualsInMemory(DatabaseKind.Postgres);

    private static void ProjectionEqualsInMemory(DatabaseKind kind)
    {
        using var database = SampleUnits.Seeded(kind, "spec");
        using var context = KitDbContext.Create(database, ensureCreated: false);
        var spec = new NamesOfCounties();

        var names = KitSpecificationEvaluator.Instance.GetQuery(context.Set<OrgUnit>(), spec).ToList();

        names.Should().Equal(spec.Evaluate(SampleUnits.All)).And.Equal("Alpha County", "Beta County");
    }

    [Fact]
    public void Search_Sqlite_IgnoresAsciiCaseLikeTheInMemoryEvaluator()
    {
        using var database = SampleUnits.Seeded(DatabaseKind.Sqlite, "like");
        using var context = KitDbContext.Create(database, ensureCreated: false);
        var spec = new NameSearch(("alpha%", 1));

        var ids = Ids(KitSpecificationEvaluator.Instance.GetQuery(context.Set<OrgUnit>(), spec));

        // SQLite's LIKE folds ASCII case: "Alpha County", "alpha town", "ALPHA Bureau" and "Alpha Village" all match.
        ids.Should().Equal("u02", "u04", "u05", "u06");
        Ids(spec.Evaluate(SampleUnits.All)).Should().Equal(ids);
    }

    [PostgresFact]
    public void Search_Postgres_IsCaseSensitiveUnlikeTheInMemoryEvaluator()
    {
        using var database = SampleUnits.Seeded(DatabaseKind.Postgres, "like");
        using var context = KitDbContext.Create(database, ensureCreated: false);
        var spec = new NameSearch(("alpha%", 1));

        var ids = Ids(KitSpecificationEvaluator.Instance.GetQuery(context.Set<OrgUnit>(), spec));

        // PostgreSQL's LIKE is case-sensitive: only "alpha town" matches; Ardalis's in-memory evaluator ignores case.
        ids.Should().Equal("u04");
        Ids(spec.Evaluate(SampleUnits.All)).Should().Equal("u02", "u04", "u05", "u06");
    }

    private static List<string> Ids(IEnumerable<OrgUnit> units) => [.. units.Select(u => u.Id.Value).Order(StringComparer.Ordinal)];

    [Fact]
    public void Search_Sqlite_DoesNotFoldNonAsciiCase()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "like");
        using (var seed = KitDbContext.Create(database))
        {
            seed.Set<OrgUnit>().AddRange(new OrgUnit(new("x1"), "ÉCOLE", UnitKind.City), new OrgUnit(new("x2"), "école", UnitKind.County, new("x1")));
            seed.SaveChanges();
        }

        using var context = KitDbContext.Create(database, ensureCreated: false);
        var ids = Ids(KitSpecificationEvaluator.Instance.GetQuery(context.Set<OrgUnit>(), new NameSearch(("école", 1))));

        ids.Should().Equal("x2");
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    public void Search_TermWithQuote_IsSentAsAParameter(DatabaseKind kind) => TermIsParameter(kind);

    [PostgresTheory]
    [InlineData(DatabaseKind.Postgres)]
    public void Search_TermWithQuote_IsSentAsAParameter_Postgres(DatabaseKind kind) => TermIsParameter(kind);

    private static void TermIsParameter(DatabaseKind kind)
    {
        using var database = SampleUnits.Seeded(kind, "like");
        var log = new List<string>();
        using var context = SampleUnits.Logged(database, log);

        var rows = KitSpecificationEvaluator.Instance.GetQuery(context.Set<OrgUnit>(), new NameSearch(("%' OR '1'='1", 1))).ToList();

        rows.Should().BeEmpty();
        var command = log.Should().ContainSingle(l => l.Contains("LIKE", StringComparison.Ordinal)).Which;
        var sql = string.Join('\n', command.Split('\n').Where(line => !line.Contains("Parameters=", StringComparison.Ordinal)));
        sql.Should().Contain("LIKE").And.NotContain("'1'='1'", "the term travels as a parameter value, not as SQL text");
    }

    [Fact]
    public void GetQuery_TagsAndNoTracking_Sqlite_TagsTheSqlAndTracksNothing() => TagsAndTracking(DatabaseKind.Sqlite);

    [PostgresFact]
    public void GetQuery_TagsAndNoTracking_Postgres_TagsTheSqlAndTracksNothing() => TagsAndTracking(DatabaseKind.Postgres);

    private static void TagsAndTracking(DatabaseKind kind)
    {
        using var database = SampleUnits.Seeded(kind, "tags");
        var log = new List<string>();
        using var context = SampleUnits.Logged(database, log);

        var untracked = KitSpecificationEvaluator.Instance.GetQuery(context.Set<OrgUnit>(), new Tagged(tracking: false)).ToList();
        context.ChangeTracker.Entries().Should().BeEmpty();

        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var tracked = KitSpecificationEvaluator.Instance.GetQuery(context.Set<OrgUnit>(), new Tagged(tracking: true)).ToList();
        context.ChangeTracker.Entries().Should().HaveCount(2, "AsTracking overrides the context's no-tracking default");

        untracked.Should().HaveCount(2);
        tracked.Should().Equal(untracked);
        log.Where(l => l.Contains("-- akit: counties for the quarterly report", StringComparison.Ordinal)).Should().HaveCount(2);
    }

    [Fact]
    public void GetQuery_CriteriaOnly_IgnoresOrderAndPagination()
    {
        using var database = SampleUnits.Seeded(DatabaseKind.Sqlite, "criteria");
        using var context = KitDbContext.Create(database, ensureCreated: false);
        var spec = new Specification<OrgUnit>();
        spec.Query.Where(u => u.Kind != UnitKind.City).OrderBy(u => u.Id).Skip(1).Take(2);

        KitSpecificationEvaluator.Instance.GetQuery(context.Set<OrgUnit>(), spec, evaluateCriteriaOnly: true).Count().Should().Be(9);
        KitSpecificationEvaluator.Instance.GetQuery(context.Set<OrgUnit>(), spec).Count().Should().Be(2);
    }

    [Fact]
    public void GetQuery_ProjectionWithoutSelector_ThrowsSelectorNotFound()
    {
        using var database = SampleUnits.Seeded(DatabaseKind.Sqlite, "selector");
        using var context = KitDbContext.Create(database, ensureCreated: false);

        var act = () => KitSpecificationEvaluator.Instance.GetQuery(context.Set<OrgUnit>(), new NoSelector());

        act.Should().Throw<SelectorNotFoundException>();
    }
}
