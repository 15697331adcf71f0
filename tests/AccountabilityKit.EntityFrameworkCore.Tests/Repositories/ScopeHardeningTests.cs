using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Time;
using AccountabilityKit.EntityFrameworkCore.Repositories;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.EntityFrameworkCore.Tests.Specifications;
using AccountabilityKit.EntityFrameworkCore.Tests.Statistics;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Repositories;

/// <summary>
/// Issue 18, "Data scope": the attacks of the adversarial run, each refused or contained. County A is u02 and below
/// (u02, u04, u05, u06); county B is u03 and below (u03, u07, u08, u09); u01 is the city, u10 a city bureau.
/// </summary>
public sealed class ScopeHardeningTests
{
    private static readonly DataScope CountyA = DataScope.Subtree(SampleUnits.Tree, SampleUnits.CountyA);
    private static readonly string[] VisibleUnits = ["u02", "u04", "u05", "u06"];
    private static readonly AssessmentQuarter Q2 = AssessmentQuarter.Parse("2026Q2");
    private const string SecretText = "county B's confidential finding";

    private sealed class Fixture : IDisposable
    {
        public Fixture(DatabaseKind kind)
        {
            Database = SampleUnits.Seeded(kind, "hardening");
            Facts = FactSamples.Fixed(60);
            using (var seed = KitDbContext.Create(Database, ensureCreated: false))
            {
                seed.Set<AccountabilityFact>().AddRange(Facts);
                seed.Set<Finding>().AddRange(
                    new Finding("f-a", new OrgUnitId("u04"), Q2, FindingSource.QuarterlyInspection, "workStyle", FindingSeverity.General, "county A's finding"),
                    new Finding("f-b", new OrgUnitId("u07"), Q2, FindingSource.QuarterlyInspection, "workStyle", FindingSeverity.Serious, SecretText));
                seed.SaveChanges();
            }

            Context = KitDbContext.Create(Database, ensureCreated: false);
            Units = new ScopedRepository<OrgUnit>(Context, CountyA);
            Findings = new ScopedRepository<Finding>(Context, CountyA);
            FactRepository = new ScopedRepository<AccountabilityFact>(Context, CountyA);
        }

        public TestDatabase Database { get; }

        public List<AccountabilityFact> Facts { get; }

        public KitDbContext Context { get; }

        public ScopedRepository<OrgUnit> Units { get; }

        public ScopedRepository<Finding> Findings { get; }

        public ScopedRepository<AccountabilityFact> FactRepository { get; }

        public KitDbContext Fresh() => KitDbContext.Create(Database, ensureCreated: false);

        public void Dispose()
        {
            Context.Dispose();
            Database.Dispose();
        }
    }

    private static Specification<OrgUnit> Spec(Action<ISpecificationBuilder<OrgUnit>> build)
    {
        var spec = new Specification<OrgUnit>();
        build(spec.Query);
        return spec;
    }

    private static Specification<OrgUnit, TResult> Projection<TResult>(Action<ISpecificationBuilder<OrgUnit, TResult>> build)
    {
        var spec = new Specification<OrgUnit, TResult>();
        build(spec.Query);
        return spec;
    }

    private static List<string> Ids(IEnumerable<OrgUnit> units) => [.. units.Select(u => u.Id.Value).Order(StringComparer.Ordinal)];

    private static async Task<DataScopeViolationException> RefusedSpecificationAsync(Func<Task> act)
    {
        var refused = (await act.Should().ThrowAsync<DataScopeViolationException>()).Which;
        refused.Text!.Id.Should().Be("EntityFrameworkCore.DataScopeSpecificationRefused");
        refused.Message.Should().Be(refused.Text.Render(null));
        refused.Unit.Should().BeNull();
        return refused;
    }

    // ---- 1. Specifications that reach other tables through a captured context -------------------------------------

    public static TheoryData<string> Attacks => new()
    {
        "select-many-captured-context", "where-subquery-other-table", "where-subquery-same-table", "search-subquery",
        "order-by-subquery", "from-sql-raw", "captured-queryable", "captured-queryable-typed-as-enumerable",
        "projection-subquery", "count-subquery", "any-subquery", "delete-range-subquery", "ignore-query-filters",
        "post-processing-reads-context",
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public Task SpecificationReachingPastTheScopedSet_IsRefusedBeforeItRuns_Sqlite(string attack) => Attack(DatabaseKind.Sqlite, attack);

    [PostgresTheory]
    [MemberData(nameof(Attacks))]
    public Task SpecificationReachingPastTheScopedSet_IsRefusedBeforeItRuns_Postgres(string attack) => Attack(DatabaseKind.Postgres, attack);

    private static async Task Attack(DatabaseKind kind, string attack)
    {
        using var f = new Fixture(kind);
        var db = f.Context;
        var ct = CancellationToken.None;
        switch (attack)
        {
            case "select-many-captured-context":
                (await RefusedSpecificationAsync(() => f.Units.ListAsync(Projection<OrgUnit>(q => q.SelectMany(u => db.Set<OrgUnit>())), ct)))
                    .Text!.Render(MessageCatalog.English).Should().Contain("`OrgUnit`");
                break;
            case "where-subquery-other-table":
                await RefusedSpecificationAsync(() => f.Units.ListAsync(Spec(q => q.Where(u => db.Set<Finding>().Any(x => x.Description == SecretText))), ct));
                break;
            case "where-subquery-same-table":
                await RefusedSpecificationAsync(() => f.Units.ListAsync(Spec(q => q.Where(u => db.Set<OrgUnit>().Count() > 4)), ct));
                break;
            case "search-subquery":
                await RefusedSpecificationAsync(() => f.Units.ListAsync(Spec(q => q.Search(u => db.Set<Finding>().Select(x => x.Description).First(), "%confidential%")), ct));
                break;
            case "order-by-subquery":
                await RefusedSpecificationAsync(() => f.Units.ListAsync(Spec(q => q.OrderBy(u => db.Set<Finding>().Count(x => x.Unit == u.Id))), ct));
                break;
            case "from-sql-raw":
                await RefusedSpecificationAsync(() => f.Units.ListAsync(Projection<OrgUnit>(q => q.SelectMany(u => db.Set<OrgUnit>().FromSqlRaw("SELECT * FROM ak_org_unit"))), ct));
                break;
            case "captured-queryable":
                IQueryable<OrgUnit> everything = db.Set<OrgUnit>();
                await RefusedSpecificationAsync(() => f.Units.ListAsync(Spec(q => q.Where(u => everything.Any(o => o.Name == "Beta County"))), ct));
                break;
            case "captured-queryable-typed-as-enumerable":
                IEnumerable<OrgUnit> disguised = db.Set<OrgUnit>();
                await RefusedSpecificationAsync(() => f.Units.ListAsync(Projection<string>(q => q.SelectMany(u => disguised.Select(o => o.Name))), ct));
                break;
            case "projection-subquery":
                await RefusedSpecificationAsync(() => f.Units.ListAsync(Projection<string>(q => q.Select(u => db.Set<Finding>().Select(x => x.Description).First())), ct));
                break;
            case "count-subquery":
                await RefusedSpecificationAsync(() => f.Units.CountAsync(Spec(q => q.Where(u => db.Set<Finding>().Any(x => x.Description.StartsWith("county B")))), ct));
                break;
            case "any-subquery":
                await RefusedSpecificationAsync(() => f.Units.AnyAsync(Spec(q => q.Where(u => db.Set<Finding>().Any(x => x.Unit == new OrgUnitId("u07")))), ct));
                break;
            case "delete-range-subquery":
                await RefusedSpecificationAsync(() => f.FactRepository.DeleteRangeAsync(FactsWhere(x => db.Set<OrgUnit>().Any()), ct));
                break;
            case "ignore-query-filters":
                (await RefusedSpecificationAsync(() => f.Units.ListAsync(Spec(q => q.Where(u => true).IgnoreQueryFilters()), ct)))
                    .Text!.Render(MessageCatalog.English).Should().Contain("IgnoreQueryFilters");
                break;
            case "post-processing-reads-context":
                var leaking = new LeakingPostProcessing(db);
                var refused = (await ((Func<Task>)(() => f.Units.ListAsync(leaking, ct))).Should().ThrowAsync<DataScopeViolationException>()).Which;
                refused.Text.Should().Be(Catalog.Of(nameof(Messages.DataScopePostProcessingRefused), ("spec", nameof(LeakingPostProcessing))));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(attack), attack, null);
        }

        // Nothing was deleted or changed by a refused specification.
        using var fresh = f.Fresh();
        fresh.Set<AccountabilityFact>().Count().Should().Be(f.Facts.Count);
        fresh.Set<OrgUnit>().Count().Should().Be(SampleUnits.All.Length);
    }

    private static Specification<AccountabilityFact> FactsWhere(System.Linq.Expressions.Expression<Func<AccountabilityFact, bool>> criterion)
    {
        var spec = new Specification<AccountabilityFact>();
        spec.Query.Where(criterion);
        return spec;
    }

    /// <summary>A post-processing delegate (not an expression, so it cannot be inspected) that returns every unit of the context.</summary>
    private sealed class LeakingPostProcessing : Specification<OrgUnit>
    {
        public LeakingPostProcessing(DbContext db) => Query.PostProcessingAction(_ => db.Set<OrgUnit>().AsNoTracking().ToList());
    }

    [Fact]
    public async Task LegitimateSpecifications_StillRun_WithPostProcessingThatFiltersTheLoadedRows()
    {
        using var f = new Fixture(DatabaseKind.Sqlite);
        var spec = Spec(q => q.Where(u => u.Name.Length > 0).Search(u => u.Name, "%a%").OrderBy(u => u.Name).PostProcessingAction(l => l.Where(u => u.Kind != UnitKind.County)));
        Ids(await f.Units.ListAsync(spec, CancellationToken.None)).Should().Equal("u04", "u05", "u06");
        (await f.Units.ListAsync(Projection<string>(q => q.OrderBy(u => u.Id).Select(u => u.Name + "/" + u.Kind)), CancellationToken.None)).Should().HaveCount(4);
    }

    // ---- 2. The existence oracle of AddAsync ------------------------------------------------------------------------

    [Fact]
    public Task AddWithAnIdTakenInAnotherCounty_IsRefusedExactlyLikeAnOutOfScopeAdd_Sqlite() => ExistenceOracle(DatabaseKind.Sqlite);

    [PostgresFact]
    public Task AddWithAnIdTakenInAnotherCounty_IsRefusedExactlyLikeAnOutOfScopeAdd_Postgres() => ExistenceOracle(DatabaseKind.Postgres);

    private static async Task ExistenceOracle(DatabaseKind kind)
    {
        using var f = new Fixture(kind);
        var ct = CancellationToken.None;
        Finding New(string id, string unit) => new(id, new OrgUnitId(unit), Q2, FindingSource.QuarterlyInspection, "workStyle", FindingSeverity.General, "planted");

        var attempts = new Func<Task>[]
        {
            () => f.Findings.AddAsync(New("f-b", "u04"), ct),                  // id taken in county B, unit in scope
            () => f.Findings.AddAsync(New("f-unused", "u07"), ct),             // unused id, unit in county B
            () => f.Findings.AddAsync(New("f-a", "u05"), ct),                  // id taken in the own county
            () => f.Findings.AddRangeAsync([New("f-new", "u04"), New("f-b", "u06")], ct),
        };
        var answers = new List<DataScopeViolationException>();
        foreach (var attempt in attempts)
        {
            answers.Add((await attempt.Should().ThrowExactlyAsync<DataScopeViolationException>()).Which);
        }

        answers.Should().AllSatisfy(a =>
        {
            a.Text.Should().Be(Catalog.Of(nameof(Messages.DataScopeAddRefused), ("type", nameof(Finding))));
            a.Message.Should().Be(answers[0].Message);
            a.Unit.Should().BeNull();
            a.InnerException.Should().BeNull();
            a.EntityType.Should().Be<Finding>();
        });
        f.Context.ChangeTracker.Entries<Finding>().Should().BeEmpty("a refused add leaves nothing pending");

        using (var fresh = f.Fresh())
        {
            fresh.Set<Finding>().Select(x => x.Id).AsEnumerable().Order(StringComparer.Ordinal).Should().Equal("f-a", "f-b");
            fresh.Set<Finding>().Single(x => x.Id == "f-b").Description.Should().Be(SecretText);
        }

        // A free id in scope is still added.
        await f.Findings.AddAsync(New("f-free", "u06"), ct);
        using (var fresh = f.Fresh())
        {
            fresh.Set<Finding>().Any(x => x.Id == "f-free").Should().BeTrue();
        }
    }

    // ---- 3. The scope reads the current tree ------------------------------------------------------------------------

    [Fact]
    public Task UnitMovedToAnotherCounty_LeavesTheOldCountysScopeAtOnce_Sqlite() => StaleScope(DatabaseKind.Sqlite);

    [PostgresFact]
    public Task UnitMovedToAnotherCounty_LeavesTheOldCountysScopeAtOnce_Postgres() => StaleScope(DatabaseKind.Postgres);

    private static async Task StaleScope(DatabaseKind kind)
    {
        using var f = new Fixture(kind);
        var ct = CancellationToken.None;
        Ids(await f.Units.ListAsync(ct)).Should().Equal(VisibleUnits);
        var factsOfU04 = f.Facts.Count(x => x.Unit == new OrgUnitId("u04") || x.Unit == new OrgUnitId("u06"));
        factsOfU04.Should().BePositive();

        // The city moves township u04 (with its village u06) to county B, and township u07 to county A.
        using (var city = f.Fresh())
        {
            var u04 = city.Set<OrgUnit>().Single(u => u.Id == new OrgUnitId("u04"));
            city.Entry(u04).Property(u => u.ParentId).CurrentValue = SampleUnits.CountyB;
            var u07 = city.Set<OrgUnit>().Single(u => u.Id == new OrgUnitId("u07"));
            city.Entry(u07).Property(u => u.ParentId).CurrentValue = SampleUnits.CountyA;
            await city.SaveChangesAsync(ct);
        }

        // Same repository, same DataScope object: it reads the tree as it is now.
        Ids(await f.Units.ListAsync(ct)).Should().Equal("u02", "u05", "u07");
        (await f.Units.GetByIdAsync(new OrgUnitId("u06"), ct)).Should().BeNull();
        (await f.FactRepository.CountAsync(ct)).Should().Be(f.Facts.Count(x => new[] { "u02", "u05", "u07" }.Contains(x.Unit.Value)));
        var rename = () => f.Units.UpdateAsync(SampleUnits.All.Single(u => u.Id == new OrgUnitId("u04")) with { Name = "renamed by the old county", ParentId = SampleUnits.CountyB }, ct);
        await rename.Should().ThrowAsync<DataScopeViolationException>();
        var addToMoved = () => f.Findings.AddAsync(new Finding("f-moved", new OrgUnitId("u06"), Q2, FindingSource.QuarterlyInspection, "workStyle", FindingSeverity.General, "x"), ct);
        await addToMoved.Should().ThrowAsync<DataScopeViolationException>();
        using var fresh = f.Fresh();
        fresh.Set<OrgUnit>().Single(u => u.Id == new OrgUnitId("u04")).Name.Should().Be("alpha town");
    }

    // ---- 4. The shared change tracker and bulk updates ----------------------------------------------------------------

    public static TheoryData<string> TrackerCases => new()
    {
        "save-changes-out-of-scope", "update-flushes-out-of-scope", "other-entity-type", "in-scope-pending", "pending-move-out-of-scope",
        "execute-update-moves-rows", "execute-update-in-scope", "execute-delete-in-scope", "execute-update-moves-units", "execute-update-in-transaction",
    };

    [Theory]
    [MemberData(nameof(TrackerCases))]
    public Task PendingChangesAndBulkUpdates_NeverWriteOutsideTheScope_Sqlite(string scenario) => Tracker(DatabaseKind.Sqlite, scenario);

    [PostgresTheory]
    [MemberData(nameof(TrackerCases))]
    public Task PendingChangesAndBulkUpdates_NeverWriteOutsideTheScope_Postgres(string scenario) => Tracker(DatabaseKind.Postgres, scenario);

    private sealed class BulkFacts(DbContext context, DataScope scope) : ScopedRepository<AccountabilityFact>(context, scope)
    {
        public Task<int> MoveAllAsync(OrgUnitId to) => Scoped.ExecuteUpdateAsync(s => s.SetProperty(f => f.Unit, to));

        public Task<int> RetitleAsync(string caseId) => Scoped.ExecuteUpdateAsync(s => s.SetProperty(f => f.CaseId, caseId));

        public int MoveAll(OrgUnitId to) => Scoped.ExecuteUpdate(s => s.SetProperty(f => f.Unit, to));

        public Task<int> DeleteAllAsync() => Scoped.ExecuteDeleteAsync();
    }

    private sealed class BulkUnits(DbContext context, DataScope scope) : ScopedRepository<OrgUnit>(context, scope)
    {
        public Task<int> ReparentAsync(OrgUnitId unit, OrgUnitId parent) =>
            Scoped.Where(u => u.Id == unit).ExecuteUpdateAsync(s => s.SetProperty(u => u.ParentId, parent));
    }

    private static async Task Tracker(DatabaseKind kind, string scenario)
    {
        using var f = new Fixture(kind);
        var ct = CancellationToken.None;
        var db = f.Context;
        string Pending(Exception e) => ((DataScopeViolationException)e).Text!.Id;
        switch (scenario)
        {
            case "save-changes-out-of-scope":
            {
                // Host code elsewhere changed county B's unit in the shared context.
                var beta = db.Set<OrgUnit>().Single(u => u.Id == SampleUnits.CountyB);
                db.Entry(beta).Property(u => u.Name).CurrentValue = "hijacked";
                var save = () => f.Units.SaveChangesAsync(ct);
                Pending((await save.Should().ThrowAsync<DataScopeViolationException>()).Which).Should().Be("EntityFrameworkCore.DataScopePendingChange");
                using var fresh = f.Fresh();
                fresh.Set<OrgUnit>().Single(u => u.Id == SampleUnits.CountyB).Name.Should().Be("Beta County");
                break;
            }

            case "update-flushes-out-of-scope":
            {
                var beta = db.Set<OrgUnit>().Single(u => u.Id == new OrgUnitId("u07"));
                db.Entry(beta).Property(u => u.Name).CurrentValue = "hijacked";
                var update = () => f.Units.UpdateAsync(SampleUnits.All.Single(u => u.Id == new OrgUnitId("u04")) with { Name = "renamed" }, ct);
                (await update.Should().ThrowAsync<DataScopeViolationException>()).Which.Text.Should().Be(Catalog.Of(
                    nameof(Messages.DataScopePendingChange), ("entity", nameof(OrgUnit)), ("key", "u07"), ("type", nameof(OrgUnit))));
                using var fresh = f.Fresh();
                fresh.Set<OrgUnit>().Where(u => u.Id == new OrgUnitId("u04") || u.Id == new OrgUnitId("u07")).Select(u => u.Name).AsEnumerable()
                    .Should().BeEquivalentTo(["alpha town", "beta town"], "the whole save is refused");
                break;
            }

            case "other-entity-type":
            {
                db.Set<Finding>().Add(new Finding("f-host", new OrgUnitId("u07"), Q2, FindingSource.QuarterlyInspection, "workStyle", FindingSeverity.General, "host"));
                var inScope = db.Set<AccountabilityFact>().AsEnumerable().First(x => CountyA.Contains(x.Unit));
                var delete = () => f.FactRepository.DeleteAsync(inScope, ct);
                (await delete.Should().ThrowAsync<DataScopeViolationException>()).Which.Text.Should().Be(Catalog.Of(
                    nameof(Messages.DataScopePendingChange), ("entity", nameof(Finding)), ("key", "f-host"), ("type", nameof(AccountabilityFact))));
                using var fresh = f.Fresh();
                fresh.Set<Finding>().Any(x => x.Id == "f-host").Should().BeFalse();
                fresh.Set<AccountabilityFact>().Count().Should().Be(f.Facts.Count);
                break;
            }

            case "in-scope-pending":
            {
                var u05 = db.Set<OrgUnit>().Single(u => u.Id == new OrgUnitId("u05"));
                db.Entry(u05).Property(u => u.Name).CurrentValue = "Alpha Bureau (renamed)";
                (await f.Units.SaveChangesAsync(ct)).Should().Be(1);
                using var fresh = f.Fresh();
                fresh.Set<OrgUnit>().Single(u => u.Id == new OrgUnitId("u05")).Name.Should().Be("Alpha Bureau (renamed)");
                break;
            }

            case "pending-move-out-of-scope":
            {
                // A pending change to an in-scope unit moved out of the scope by its new value.
                var u04 = db.Set<OrgUnit>().Single(u => u.Id == new OrgUnitId("u04"));
                db.Entry(u04).Property(u => u.ParentId).CurrentValue = SampleUnits.CountyB;
                var fact = db.Set<AccountabilityFact>().AsEnumerable().First(x => CountyA.Contains(x.Unit));
                db.Entry(fact).Property(x => x.Unit).CurrentValue = new OrgUnitId("u08");
                var save = () => f.FactRepository.SaveChangesAsync(ct);
                await save.Should().ThrowAsync<DataScopeViolationException>();
                db.Entry(u04).State = EntityState.Unchanged;
                await save.Should().ThrowAsync<DataScopeViolationException>("the fact's new unit u08 is in county B");
                using var fresh = f.Fresh();
                fresh.Set<AccountabilityFact>().Count(x => x.Unit == new OrgUnitId("u08")).Should().Be(f.Facts.Count(x => x.Unit == new OrgUnitId("u08")));
                break;
            }

            case "execute-update-moves-rows":
            {
                var bulk = new BulkFacts(db, CountyA);
                var before = await bulk.CountAsync(ct);
                var move = () => bulk.MoveAllAsync(new OrgUnitId("u07"));
                (await move.Should().ThrowAsync<DataScopeViolationException>()).Which.Text.Should().Be(Catalog.Of(
                    nameof(Messages.DataScopeBulkMovedRows), ("type", nameof(AccountabilityFact)), ("before", before), ("after", 0)));
                var moveSync = () => bulk.MoveAll(new OrgUnitId("u07"));
                moveSync.Should().Throw<DataScopeViolationException>();
                (await bulk.CountAsync(ct)).Should().Be(before, "rolled back");
                using var fresh = f.Fresh();
                fresh.Set<AccountabilityFact>().Count(x => x.Unit == new OrgUnitId("u07")).Should().Be(f.Facts.Count(x => x.Unit == new OrgUnitId("u07")));
                break;
            }

            case "execute-update-in-scope":
            {
                var bulk = new BulkFacts(db, CountyA);
                var inScope = f.Facts.Count(x => CountyA.Contains(x.Unit));
                (await bulk.RetitleAsync("case-x")).Should().Be(inScope);
                using var fresh = f.Fresh();
                fresh.Set<AccountabilityFact>().Count(x => x.CaseId == "case-x").Should().Be(inScope);
                break;
            }

            case "execute-delete-in-scope":
            {
                var bulk = new BulkFacts(db, CountyA);
                var inScope = f.Facts.Count(x => CountyA.Contains(x.Unit));
                (await bulk.DeleteAllAsync()).Should().Be(inScope);
                using var fresh = f.Fresh();
                fresh.Set<AccountabilityFact>().Count().Should().Be(f.Facts.Count - inScope);
                break;
            }

            case "execute-update-moves-units":
            {
                var bulk = new BulkUnits(db, CountyA);
                var move = () => bulk.ReparentAsync(new OrgUnitId("u04"), SampleUnits.CountyB);
                await move.Should().ThrowAsync<DataScopeViolationException>();
                using var fresh = f.Fresh();
                fresh.Set<OrgUnit>().Single(u => u.Id == new OrgUnitId("u04")).ParentId.Should().Be(SampleUnits.CountyA);
                break;
            }

            case "execute-update-in-transaction":
            {
                var bulk = new BulkFacts(db, CountyA);
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                (await bulk.RetitleAsync("case-y")).Should().BePositive();
                var move = () => bulk.MoveAllAsync(new OrgUnitId("u07"));
                await move.Should().ThrowAsync<DataScopeViolationException>();
                await transaction.CommitAsync(ct);
                using var fresh = f.Fresh();
                fresh.Set<AccountabilityFact>().Count(x => x.CaseId == "case-y").Should().Be(f.Facts.Count(x => CountyA.Contains(x.Unit)), "the caller's own work survives the rolled-back savepoint");
                fresh.Set<AccountabilityFact>().Count(x => x.Unit == new OrgUnitId("u07")).Should().Be(f.Facts.Count(x => x.Unit == new OrgUnitId("u07")));
                break;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null);
        }
    }
}
