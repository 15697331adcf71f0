using AccountabilityKit.EntityFrameworkCore.Repositories;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.EntityFrameworkCore.Tests.Specifications;
using AccountabilityKit.EntityFrameworkCore.Tests.Statistics;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Repositories;

/// <summary>
/// Adversarial tests of the data scope: a repository scoped to county A (u02 and below: u02, u04, u05, u06) must never
/// return, count, project, update or delete a row of the city (u01), county B (u03, u07, u08, u09) or the city bureau (u10).
/// </summary>
public sealed class ScopedRepositoryTests
{
    private static readonly DataScope CountyA = DataScope.Subtree(SampleUnits.Tree, SampleUnits.CountyA);
    private static readonly string[] Visible = ["u02", "u04", "u05", "u06"];
    private static readonly OrgUnitId OutOfScope = SampleUnits.CountyB;

    private sealed class Fixture : IDisposable
    {
        public Fixture(DatabaseKind kind)
        {
            Database = SampleUnits.Seeded(kind, "scope");
            Facts = FactSamples.Fixed(120);
            using (var seed = KitDbContext.Create(Database, ensureCreated: false))
            {
                seed.Set<AccountabilityFact>().AddRange(Facts);
                seed.SaveChanges();
            }

            Context = KitDbContext.Create(Database, ensureCreated: false);
            Units = new ScopedRepository<OrgUnit>(Context, CountyA);
            FactRepository = new ScopedRepository<AccountabilityFact>(Context, CountyA);
        }

        public TestDatabase Database { get; }

        public List<AccountabilityFact> Facts { get; }

        public KitDbContext Context { get; }

        // Used through Ardalis's interface on purpose: callers of a repository see IRepositoryBase<T>.
#pragma warning disable CA1859
        public IRepositoryBase<OrgUnit> Units { get; }

        public IRepositoryBase<AccountabilityFact> FactRepository { get; }
#pragma warning restore CA1859

        /// <summary>A fresh context: what is really stored.</summary>
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

    private static List<string> Ids(IEnumerable<OrgUnit> units) => [.. units.Select(u => u.Id.Value).Order(StringComparer.Ordinal)];

    private sealed class Names : Specification<OrgUnit, string>
    {
        public Names(bool onlyOutOfScope)
        {
            if (onlyOutOfScope)
            {
                Query.Where(u => u.Id == OutOfScope);
            }
            else
            {
                Query.Where(u => u.Kind == UnitKind.City || u.Id != OutOfScope || true);
            }

            Query.OrderBy(u => u.Name);
            Query.Select(u => u.Name);
        }
    }

    private sealed class ById : SingleResultSpecification<OrgUnit>
    {
        public ById(OrgUnitId id) => Query.Where(u => u.Id == id);
    }

    public static TheoryData<string> Scenarios => new()
    {
        "list-all", "or-true", "ignore-query-filters", "pagination-past-the-end", "search-wildcard", "search-injection",
        "count", "any", "get-by-id", "projection", "single", "async-enumerable", "include-refused",
        "update-out-of-scope", "update-range-mixed", "update-in-scope", "delete-out-of-scope", "delete-range-spec",
        "add-out-of-scope", "facts-list-and-count",
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public Task Scope_Sqlite_NeverLeaks(string scenario) => Run(DatabaseKind.Sqlite, scenario);

    [PostgresTheory]
    [MemberData(nameof(Scenarios))]
    public Task Scope_Postgres_NeverLeaks(string scenario) => Run(DatabaseKind.Postgres, scenario);

    private static async Task Run(DatabaseKind kind, string scenario)
    {
        using var f = new Fixture(kind);
        var ct = CancellationToken.None;
        switch (scenario)
        {
            case "list-all":
                Ids(await f.Units.ListAsync(ct)).Should().Equal(Visible);
                break;

            case "or-true":
                Ids(await f.Units.ListAsync(Spec(q => q.Where(u => u.Kind == UnitKind.City || u.Id == OutOfScope || true)), ct)).Should().Equal(Visible);
                break;

            case "ignore-query-filters":
                // The host's query filters are trusted configuration: a specification may not lift them (issue 18).
                var lift = () => f.Units.ListAsync(Spec(q => q.Where(u => true).IgnoreQueryFilters().AsNoTracking()), ct);
                (await lift.Should().ThrowAsync<DataScopeViolationException>()).Which.Text!.Id.Should().Be("EntityFrameworkCore.DataScopeSpecificationRefused");
                break;

            case "pagination-past-the-end":
                Ids(await f.Units.ListAsync(Spec(q => q.OrderBy(u => u.Id).Skip(3).Take(100)), ct)).Should().Equal("u06");
                (await f.Units.ListAsync(Spec(q => q.OrderBy(u => u.Id).Skip(4).Take(100)), ct)).Should().BeEmpty();
                break;

            case "search-wildcard":
                Ids(await f.Units.ListAsync(Spec(q => q.Search(u => u.Name, "%").Search(u => u.Name, "%", 2)), ct)).Should().Equal(Visible);
                break;

            case "search-injection":
                (await f.Units.ListAsync(Spec(q => q.Search(u => u.Name, "%' OR 1=1 --")), ct)).Should().BeEmpty();
                (await f.Units.CountAsync(Spec(q => q.Search(u => u.Name, "%') OR ('%' LIKE '%")), ct)).Should().Be(0);
                break;

            case "count":
                (await f.Units.CountAsync(ct)).Should().Be(4);
                (await f.Units.CountAsync(Spec(q => q.Where(u => u.Id == OutOfScope || true).Skip(0).Take(1)), ct)).Should().Be(4);
                (await f.Units.CountAsync(Spec(q => q.Where(u => u.Id == OutOfScope)), ct)).Should().Be(0);
                break;

            case "any":
                (await f.Units.AnyAsync(ct)).Should().BeTrue();
                (await f.Units.AnyAsync(Spec(q => q.Where(u => u.Id == OutOfScope)), ct)).Should().BeFalse();
                (await f.Units.AnyAsync(Spec(q => q.Where(u => u.Kind == UnitKind.CityDepartment)), ct)).Should().BeFalse();
                (await f.Units.AnyAsync(Spec(q => q.Where(u => u.Id == new OrgUnitId("u05"))), ct)).Should().BeTrue();
                break;

            case "get-by-id":
                (await f.Units.GetByIdAsync(OutOfScope, ct)).Should().BeNull();
                (await f.Units.GetByIdAsync(SampleUnits.City, ct)).Should().BeNull();
                (await f.Units.GetByIdAsync(new OrgUnitId("u99"), ct)).Should().BeNull();
                (await f.Units.GetByIdAsync(new OrgUnitId("u05"), ct)).Should().Be(SampleUnits.All[4]);
                break;

            case "projection":
                (await f.Units.ListAsync(new Names(onlyOutOfScope: false), ct)).Should().Equal("ALPHA Bureau", "Alpha County", "Alpha Village", "alpha town");
                (await f.Units.ListAsync(new Names(onlyOutOfScope: true), ct)).Should().BeEmpty();
                (await f.Units.FirstOrDefaultAsync(new Names(onlyOutOfScope: true), ct)).Should().BeNull();
                break;

            case "single":
                (await f.Units.SingleOrDefaultAsync(new ById(new OrgUnitId("u07")), ct)).Should().BeNull();
                (await f.Units.SingleOrDefaultAsync(new ById(new OrgUnitId("u06")), ct))!.Name.Should().Be("Alpha Village");
                break;

            case "async-enumerable":
                var streamed = new List<OrgUnit>();
                await foreach (var unit in f.Units.AsAsyncEnumerable(Spec(q => q.Where(u => true))))
                {
                    streamed.Add(unit);
                }

                Ids(streamed).Should().Equal(Visible);
                break;

            case "include-refused":
                var withInclude = () => f.Units.ListAsync(Spec(q => q.Include("Parent")), ct);
                var refused = (await withInclude.Should().ThrowAsync<DataScopeViolationException>()).Which;
                refused.EntityType.Should().Be<OrgUnit>();
                refused.Text.Should().Be(Catalog.Of(nameof(Messages.DataScopeIncludes), ("type", nameof(OrgUnit))));
                break;

            case "update-out-of-scope":
                var outside = SampleUnits.All.Single(u => u.Id == OutOfScope) with { Name = "hijacked" };
                var update = () => f.Units.UpdateAsync(outside, ct);
                var outOfScope = (await update.Should().ThrowAsync<DataScopeViolationException>()).Which;
                outOfScope.Unit.Should().Be(OutOfScope);
                outOfScope.Text.Should().Be(Catalog.Of(nameof(Messages.DataScopeUnitOutside), ("type", nameof(OrgUnit)), ("unit", OutOfScope)));
                outOfScope.Message.Should().Be(outOfScope.Text!.Render(null));
                using (var fresh = f.Fresh())
                {
                    fresh.Set<OrgUnit>().Single(u => u.Id == OutOfScope).Name.Should().Be("Beta County");
                }

                break;

            case "update-range-mixed":
                var mixed = new[]
                {
                    SampleUnits.All.Single(u => u.Id == new OrgUnitId("u04")) with { Name = "renamed inside" },
                    SampleUnits.All.Single(u => u.Id == new OrgUnitId("u07")) with { Name = "renamed outside" },
                };
                var updateRange = () => f.Units.UpdateRangeAsync(mixed, ct);
                await updateRange.Should().ThrowAsync<DataScopeViolationException>();
                using (var fresh = f.Fresh())
                {
                    fresh.Set<OrgUnit>().Where(u => u.Id == new OrgUnitId("u04") || u.Id == new OrgUnitId("u07")).Select(u => u.Name).AsEnumerable()
                        .Should().BeEquivalentTo(["alpha town", "beta town"], "nothing is saved when one entity is out of scope");
                }

                break;

            case "update-in-scope":
                (await f.Units.UpdateAsync(SampleUnits.All.Single(u => u.Id == new OrgUnitId("u04")) with { Name = "Alpha Town (merged)" }, ct)).Should().Be(1);
                using (var fresh = f.Fresh())
                {
                    fresh.Set<OrgUnit>().Single(u => u.Id == new OrgUnitId("u04")).Name.Should().Be("Alpha Town (merged)");
                }

                break;

            case "delete-out-of-scope":
                var delete = () => f.Units.DeleteAsync(SampleUnits.All.Single(u => u.Id == new OrgUnitId("u08")), ct);
                await delete.Should().ThrowAsync<DataScopeViolationException>();
                using (var fresh = f.Fresh())
                {
                    fresh.Set<OrgUnit>().Count().Should().Be(SampleUnits.All.Length);
                }

                break;

            case "delete-range-spec":
                var visibleFacts = f.Facts.Count(x => CountyA.Contains(x.Unit));
                var deleteAll = new Specification<AccountabilityFact>();
                deleteAll.Query.Where(x => x.Unit == OutOfScope || true).Take(1);
                (await f.FactRepository.DeleteRangeAsync(deleteAll, ct)).Should().Be(visibleFacts);
                using (var fresh = f.Fresh())
                {
                    fresh.Set<AccountabilityFact>().Count().Should().Be(f.Facts.Count - visibleFacts).And.BeGreaterThan(0);
                }

                break;

            case "add-out-of-scope":
                var add = () => f.Units.AddAsync(new OrgUnit(new OrgUnitId("u11"), "planted", UnitKind.Township, OutOfScope), ct);
                var refusedAdd = (await add.Should().ThrowAsync<DataScopeViolationException>()).Which;
                refusedAdd.Unit.Should().BeNull("a refused add names no unit: it must not differ from a refused add of a taken key");
                refusedAdd.Text.Should().Be(Catalog.Of(nameof(Messages.DataScopeAddRefused), ("type", nameof(OrgUnit))));
                using (var fresh = f.Fresh())
                {
                    fresh.Set<OrgUnit>().Any(u => u.Id == new OrgUnitId("u11")).Should().BeFalse();
                }

                break;

            case "facts-list-and-count":
                var expected = f.Facts.Where(x => CountyA.Contains(x.Unit)).OrderBy(x => x.CaseId, StringComparer.Ordinal).ToList();
                expected.Should().NotBeEmpty().And.HaveCountLessThan(f.Facts.Count);
                var everything = new Specification<AccountabilityFact>();
                everything.Query.Where(x => x.Region == SampleUnits.City || x.Region != SampleUnits.City).OrderBy(x => x.CaseId);
                (await f.FactRepository.ListAsync(everything, ct)).Should().Equal(expected);
                (await f.FactRepository.CountAsync(everything, ct)).Should().Be(expected.Count);
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null);
        }
    }
}
