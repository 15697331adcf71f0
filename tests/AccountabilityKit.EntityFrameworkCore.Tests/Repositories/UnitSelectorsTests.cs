using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.EntityFrameworkCore.Repositories;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.EntityFrameworkCore.Tests.Specifications;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Repositories;

public sealed class UnitSelectorsTests
{
    private static readonly DataScope CountyA = DataScope.Subtree(SampleUnits.Tree, SampleUnits.CountyA);

    [Fact]
    public void For_UnknownEntityType_ThrowsNotSupported()
    {
        var act = () => UnitSelectors.For<TestDatabase>();
        act.Should().Throw<NotSupportedException>()
            .Which.Message.Should().Be(Catalog.Of(nameof(Messages.UnitSelectorUnknown), ("type", nameof(TestDatabase))).Render(null));
    }

    [Fact]
    public Task Findings_ScopedRepository_ReturnsOnlyFindingsOfTheScope_Sqlite() => FindingsInScope(DatabaseKind.Sqlite);

    [PostgresFact]
    public Task Findings_ScopedRepository_ReturnsOnlyFindingsOfTheScope_Postgres() => FindingsInScope(DatabaseKind.Postgres);

    private static async Task FindingsInScope(DatabaseKind kind)
    {
        using var database = SampleUnits.Seeded(kind, "selectors");
        var q2 = AssessmentQuarter.Parse("2026Q2");
        Finding[] findings =
        [
            new("f-in-1", new OrgUnitId("u04"), q2, FindingSource.QuarterlyInspection, "workStyle", FindingSeverity.General, "会议记录不规范"),
            new("f-in-2", new OrgUnitId("u02"), q2, FindingSource.QuarterlyInspection, "workStyle", FindingSeverity.Serious, "台账缺失"),
            new("f-out-1", new OrgUnitId("u07"), q2, FindingSource.QuarterlyInspection, "workStyle", FindingSeverity.General, "整改不到位"),
            new("f-out-2", new OrgUnitId("u01"), q2, FindingSource.QuarterlyInspection, "workStyle", FindingSeverity.General, "学习不深入"),
        ];
        using (var seed = KitDbContext.Create(database, ensureCreated: false))
        {
            seed.Set<Finding>().AddRange(findings);
            await seed.SaveChangesAsync();
        }

        using var context = KitDbContext.Create(database, ensureCreated: false);
        var repository = new ScopedRepository<Finding>(context, CountyA);

        (await repository.ListAsync(CancellationToken.None)).Select(f => f.Id).Should().BeEquivalentTo(["f-in-1", "f-in-2"]);
        (await repository.CountAsync(CancellationToken.None)).Should().Be(2);
        (await repository.GetByIdAsync("f-out-1", CancellationToken.None)).Should().BeNull();
        (await repository.GetByIdAsync("f-in-1", CancellationToken.None))!.Unit.Should().Be(new OrgUnitId("u04"));
    }
}
