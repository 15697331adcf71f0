using AccountabilityKit.Assessment.Queries;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Checklists.Queries;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.EntityFrameworkCore.Repositories;
using AccountabilityKit.EntityFrameworkCore.Specifications;
using AccountabilityKit.EntityFrameworkCore.Tests.Assessment;
using AccountabilityKit.EntityFrameworkCore.Tests.Checklists;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Specifications;

/// <summary>The domain packages' own specifications, run through <see cref="KitSpecificationEvaluator"/> and a scoped repository.</summary>
public sealed class DomainSpecificationsTests
{
    [Fact]
    public Task FindingSpecs_Sqlite_EqualInMemoryEvaluation() => FindingSpecs(DatabaseKind.Sqlite);

    [PostgresFact]
    public Task FindingSpecs_Postgres_EqualInMemoryEvaluation() => FindingSpecs(DatabaseKind.Postgres);

    private static async Task FindingSpecs(DatabaseKind kind)
    {
        var findings = AssessmentModelTests.Findings();
        var tree = OrgTree.Build(AssessmentModelTests.Units);
        using var database = TestDatabase.Create(kind, "domainspecs");
        await using var context = KitDbContext.Create(database);
        context.AddRange(findings);
        context.Set<OrgUnit>().AddRange(AssessmentModelTests.Units);   // a scoped repository reads the stored tree
        await context.SaveChangesAsync();

        var inScope = new FindingsInScopeSpec(DataScope.Subtree(tree, new OrgUnitId("RG")), AssessmentQuarter.Parse("2026Q2"));
        var overdue = new OverdueFindingsSpec(new LocalDate(2026, 6, 30));

        Ids(KitSpecificationEvaluator.Instance.GetQuery(context.Set<Finding>().AsNoTracking(), inScope)).Should().Equal(Ids(inScope.Evaluate(findings))).And.NotBeEmpty();
        Ids(KitSpecificationEvaluator.Instance.GetQuery(context.Set<Finding>().AsNoTracking(), overdue)).Should().Equal(Ids(overdue.Evaluate(findings))).And.NotBeEmpty();

        // Through a repository scoped to each unit's subtree: exactly the in-memory results whose unit is in that subtree.
        foreach (var unit in tree.Units)
        {
            var scope = DataScope.Subtree(tree, unit.Id);
            var repository = new ScopedRepository<Finding>(context, scope, f => f.Unit);
            Ids(await repository.ListAsync(overdue, CancellationToken.None)).Should().Equal(Ids(overdue.Evaluate(findings).Where(f => scope.Contains(f.Unit))));
            (await repository.CountAsync(inScope, CancellationToken.None)).Should().Be(inScope.Evaluate(findings).Count(f => scope.Contains(f.Unit)));
        }
    }

    [Fact]
    public void ChecklistSpecs_Sqlite_EqualInMemoryEvaluation()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "domainspecs");
        using var context = KitDbContext.Create(database);
        var checklists = new[]
        {
            ChecklistSamples.Checklist("c1", ChecklistSamples.CountyA),
            ChecklistSamples.Checklist("c2", ChecklistSamples.CountyB),
            ChecklistSamples.Checklist("c0", ChecklistSamples.CountyA, year: 2021),
        };
        context.AddRange(checklists);
        context.SaveChanges();
        var scope = DataScope.Subtree(OrgTree.Build(ChecklistSamples.Units), ChecklistSamples.CountyA);

        foreach (var spec in new Ardalis.Specification.Specification<ResponsibilityChecklist>[] { new ChecklistsOfYearSpec(new AssessmentYear(2022)), new ChecklistsInScopeSpec(scope) })
        {
            var fromDatabase = KitSpecificationEvaluator.Instance.GetQuery(context.Set<ResponsibilityChecklist>().AsNoTracking(), spec).Select(c => c.Id).ToList();
            fromDatabase.Should().Equal(spec.Evaluate(checklists).Select(c => c.Id)).And.NotBeEmpty();
        }
    }

    private static List<string> Ids(IEnumerable<Finding> findings) => [.. findings.Select(f => f.Id)];
}
