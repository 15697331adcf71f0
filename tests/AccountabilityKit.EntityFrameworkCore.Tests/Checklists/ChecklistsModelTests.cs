using AccountabilityKit.Checklists.Queries;
using AccountabilityKit.Checklists.Records;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using static AccountabilityKit.EntityFrameworkCore.Tests.Checklists.ChecklistSamples;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Checklists;

public sealed class ChecklistsModelTests
{
    public static TheoryData<DatabaseKind> Kinds => [DatabaseKind.Sqlite, DatabaseKind.Postgres];

    [Fact]
    public void Templates_RoundTrip_Sqlite() => TemplatesRoundTrip(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Templates_RoundTrip_Postgres() => TemplatesRoundTrip(DatabaseKind.Postgres);

    [Fact]
    public void Checklists_RoundTrip_Sqlite() => ChecklistsRoundTrip(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Checklists_RoundTrip_Postgres() => ChecklistsRoundTrip(DatabaseKind.Postgres);

    [Fact]
    public void Reviews_RoundTrip_Sqlite() => ReviewsRoundTrip(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Reviews_RoundTrip_Postgres() => ReviewsRoundTrip(DatabaseKind.Postgres);

    [Fact]
    public void DutyRecords_RoundTrip_Sqlite() => DutyRecordsRoundTrip(DatabaseKind.Sqlite);

    [PostgresFact]
    public void DutyRecords_RoundTrip_Postgres() => DutyRecordsRoundTrip(DatabaseKind.Postgres);

    [Fact]
    public void Specifications_YearScopeAndState_RunInSql_Sqlite() => SpecificationsRunInSql(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Specifications_YearScopeAndState_RunInSql_Postgres() => SpecificationsRunInSql(DatabaseKind.Postgres);

    [Fact]
    public void Replace_NextReviewVersion_UpdatesTheRowAndAppendsTransitions_Sqlite() => ReplaceAppends(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Replace_NextReviewVersion_UpdatesTheRowAndAppendsTransitions_Postgres() => ReplaceAppends(DatabaseKind.Postgres);

    [Fact]
    public void Replace_ConcurrentSaveOfTheSameChecklist_RaisesConcurrencyErrorAndKeepsTheFirst_Sqlite() => ConcurrentSave(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Replace_ConcurrentSaveOfTheSameChecklist_RaisesConcurrencyErrorAndKeepsTheFirst_Postgres() => ConcurrentSave(DatabaseKind.Postgres);

    private static void ConcurrentSave(DatabaseKind kind)
    {
        using var database = TestDatabase.Create(kind, "cl");
        using (var context = KitDbContext.Create(database))
        {
            context.Add(Checklist("c1", CountyA));
            context.SaveChanges();
        }

        using var first = KitDbContext.Create(database, ensureCreated: false);
        using var second = KitDbContext.Create(database, ensureCreated: false);
        var a = first.Set<ResponsibilityChecklist>().Single();
        var b = second.Set<ResponsibilityChecklist>().Single();
        first.Replace(a, a with { Items = a.Items.RemoveAt(1) });
        first.SaveChanges();
        second.Replace(b, b with { Items = [] });

        var save = () => second.SaveChanges();

        save.Should().Throw<DbUpdateConcurrencyException>();
        using var check = KitDbContext.Create(database, ensureCreated: false);
        check.Set<ResponsibilityChecklist>().AsNoTracking().Single().Items.Select(i => i.Id).Should().Equal("i1");
    }

    [Fact]
    public void Replace_AnotherKey_IsRejected()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "cl");
        using var context = KitDbContext.Create(database);
        context.Add(Checklist("c1", CountyA));
        context.SaveChanges();
        var current = context.Set<ResponsibilityChecklist>().Single();

        var replace = () => context.Replace(current, Checklist("c2", CountyA));

        replace.Should().Throw<ArgumentException>().WithParameterName("replacement").WithMessage("*Id*c2*c1*");
    }

    private static void TemplatesRoundTrip(DatabaseKind kind)
    {
        using var database = TestDatabase.Create(kind, "cl");
        using (var context = KitDbContext.Create(database))
        {
            context.AddRange(Template(1), Template(2));
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var loaded = context.Set<ChecklistTemplate>().AsNoTracking().Where(t => t.Year == new AssessmentYear(2022)).OrderBy(t => t.Version).ToList();
            loaded.Select(t => t.Version).Should().Equal(1, 2);
            // Deep equality through the Checklists package's own complete JSON form (aspects, duties, lineage, tags, …).
            loaded.Select(ChecklistTemplateJson.Save).Should().Equal(ChecklistTemplateJson.Save(Template(1)), ChecklistTemplateJson.Save(Template(2)));
            loaded[1].FindDuty("C06-03")!.IsFirstForm.Should().BeTrue();
            loaded[1].AspectOf("C01-02")!.Code.Should().Be("C01");
        }
    }

    private static void ChecklistsRoundTrip(DatabaseKind kind)
    {
        using var database = TestDatabase.Create(kind, "cl");
        ResponsibilityChecklist[] saved = [Checklist("c1", CountyA), Checklist("c2", CountyB, member: false)];
        using (var context = KitDbContext.Create(database))
        {
            context.AddRange(saved);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var loaded = context.Set<ResponsibilityChecklist>().AsNoTracking().OrderBy(c => c.Id).ToList();
            loaded.Select(ResponsibilityChecklistJson.Save).Should().Equal(saved.Select(ResponsibilityChecklistJson.Save));
            loaded.Select(c => c.Owner).Should().Equal(saved.Select(c => c.Owner));
            loaded[0].Items[0].Milestones.Should().Equal(saved[0].Items[0].Milestones);
            loaded[1].Owner.IsTeam.Should().BeTrue();
        }
    }

    private static void ReviewsRoundTrip(DatabaseKind kind)
    {
        using var database = TestDatabase.Create(kind, "cl");
        ChecklistReview[] saved = [Review("c1", 6), Review("c2", 2), Review("c3", 0)];
        using (var context = KitDbContext.Create(database))
        {
            context.AddRange(saved);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var loaded = context.Set<ChecklistReview>().AsNoTracking().OrderBy(r => r.ChecklistId).ToList();
            loaded.Should().BeEquivalentTo(saved, o => o.WithStrictOrdering().ComparingByMembers<ReviewTransition>());
            loaded.Select(r => (r.State, r.ReturnCount)).Should().Equal((ReviewState.Approved, 2), (ReviewState.Returned, 1), (ReviewState.Draft, 0));
            context.Set<ReviewTransition>().Count(t => EF.Property<string>(t, "ChecklistId") == "c1").Should().Be(6);
        }
    }

    private static void DutyRecordsRoundTrip(DatabaseKind kind)
    {
        using var database = TestDatabase.Create(kind, "cl");
        var saved = Records("c1");
        using (var context = KitDbContext.Create(database))
        {
            context.AddRange(saved);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var loaded = context.Set<DutyRecord>().AsNoTracking().OrderBy(r => r.Date).ToList();
            loaded.Should().BeEquivalentTo(saved, o => o.WithStrictOrdering());
            context.Set<DutyRecord>().Where(r => r.Date >= new LocalDate(2022, 4, 1)).Sum(r => r.PersonTimes).Should().Be(3);
        }
    }

    private static void SpecificationsRunInSql(DatabaseKind kind)
    {
        using var database = TestDatabase.Create(kind, "cl");
        using (var context = KitDbContext.Create(database))
        {
            context.AddRange(Checklist("c1", CountyA), Checklist("c2", CountyB), Checklist("c0", CountyA, year: 2021));
            context.AddRange(Review("c1", 2), Review("c2", 3), Review("c0", 4));
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var scope = DataScope.Subtree(OrgTree.Build(Units), CountyA);
            Ids(context.Set<ResponsibilityChecklist>(), new ChecklistsOfYearSpec(new AssessmentYear(2022))).Should().Equal("c1", "c2");
            Ids(context.Set<ResponsibilityChecklist>(), new ChecklistsInScopeSpec(scope)).Should().Equal("c0", "c1");
            Evaluate(context.Set<ChecklistReview>(), new ReturnedChecklistsSpec()).Select(r => r.ChecklistId).ToList().Should().Equal("c0", "c1");
        }
    }

    private static void ReplaceAppends(DatabaseKind kind)
    {
        using var database = TestDatabase.Create(kind, "cl");
        using (var context = KitDbContext.Create(database))
        {
            context.Add(Review("c1", 1));
            context.SaveChanges();
        }

        var next = Review("c1", 3);
        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var current = context.Set<ChecklistReview>().Single();
            context.Replace(current, next);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            context.Set<ChecklistReview>().AsNoTracking().Single().Should().BeEquivalentTo(next, o => o.ComparingByMembers<ReviewTransition>());
            context.Set<ReviewTransition>().AsNoTracking()
                .OrderBy(t => EF.Property<int>(t, "Sequence"))
                .Select(t => EF.Property<int>(t, "Sequence")).ToList().Should().Equal(1, 2, 3);
        }
    }

    private static List<string> Ids(IQueryable<ResponsibilityChecklist> source, ISpecification<ResponsibilityChecklist> spec) =>
        [.. Evaluate(source, spec).Select(c => c.Id)];

    // The core package's IQueryable evaluators: the query must translate, since EF Core refuses client evaluation of filters.
    private static IQueryable<T> Evaluate<T>(IQueryable<T> source, ISpecification<T> spec)
        where T : class =>
        OrderEvaluator.Instance.GetQuery(WhereEvaluator.Instance.GetQuery(source.AsNoTracking(), spec), spec);
}
