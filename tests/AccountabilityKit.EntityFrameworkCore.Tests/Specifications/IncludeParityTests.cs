using System.Globalization;
using System.Text;
using AccountabilityKit.EntityFrameworkCore.Specifications;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.EntityFrameworkCore.Tests.Specifications.ArdalisReference;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Specifications;

/// <summary>
/// Issue 18, "Queries": <see cref="KitSpecificationEvaluator"/> gives what Ardalis's own EF Core evaluator gives — the
/// same rows in the same order, the same navigations loaded, the same entities tracked — for every Include/ThenInclude
/// builder overload (plain and with a condition, on <c>ISpecificationBuilder&lt;T&gt;</c> and
/// <c>ISpecificationBuilder&lt;T, TResult&gt;</c>), for collection navigations typed <c>List&lt;T&gt;</c>,
/// <c>IEnumerable&lt;T&gt;</c>, <c>IReadOnlyCollection&lt;T&gt;</c> and <c>IReadOnlyList&lt;T&gt;</c>, and through
/// inheritance (<c>(p as DerivedPost)!.Info</c>).
/// </summary>
public sealed class IncludeParityTests
{
    private static readonly Dictionary<string, Action<ISpecificationBuilder<Blog>>> Cases = new()
    {
        // Include(expression) per navigation type, and ThenInclude after each collection: to a collection, and through a cast.
        ["include-list"] = q => q.Include(b => b.ListPosts),
        ["include-enumerable"] = q => q.Include(b => b.EnumerablePosts),
        ["include-readonly-collection"] = q => q.Include(b => b.CollectionPosts),
        ["include-readonly-list"] = q => q.Include(b => b.ReadOnlyListPosts),
        ["then-comments-list"] = q => q.Include(b => b.ListPosts).ThenInclude(p => p.Comments),
        ["then-comments-enumerable"] = q => q.Include(b => b.EnumerablePosts).ThenInclude(p => p.Comments),
        ["then-comments-readonly-collection"] = q => q.Include(b => b.CollectionPosts).ThenInclude(p => p.Comments),
        ["then-comments-readonly-list"] = q => q.Include(b => b.ReadOnlyListPosts).ThenInclude(p => p.Comments),
        ["then-derived-info-list"] = q => q.Include(b => b.ListPosts).ThenInclude(p => (p as DerivedPost)!.Info),
        ["then-derived-info-enumerable"] = q =>
            SpecificationBuilderExtensions.ThenInclude<Blog, Post, PostInfo?>(q.Include(b => b.EnumerablePosts), p => (p as DerivedPost)!.Info),

        // The defect: through the reference overload (the lambda takes the collection) Ardalis records the collection
        // type as the previous type, and the evaluator took any IEnumerable<> implementer for "after a collection".
        ["then-derived-info-readonly-collection"] = q => q.Include(b => b.CollectionPosts).ThenInclude(x => (x as DerivedPost)!.Info),
        ["then-derived-info-readonly-list"] = q => q.Include(b => b.ReadOnlyListPosts).ThenInclude(x => (x as DerivedPost)!.Info),
        ["then-reference-overload-readonly-collection"] = q =>
            SpecificationBuilderExtensions.ThenInclude<Blog, IReadOnlyCollection<Post>, PostInfo?>(q.Include(b => b.CollectionPosts), x => (x as DerivedPost)!.Info),
        ["then-reference-overload-readonly-list"] = q =>
            SpecificationBuilderExtensions.ThenInclude<Blog, IReadOnlyList<Post>, PostInfo?>(q.Include(b => b.ReadOnlyListPosts), x => (x as DerivedPost)!.Info),
        ["then-reference-overload-condition"] = q =>
            SpecificationBuilderExtensions.ThenInclude<Blog, IReadOnlyCollection<Post>, PostInfo?>(q.Include(b => b.CollectionPosts), x => (x as DerivedPost)!.Info, true),

        // The same navigations through the collection overload, chosen explicitly.
        ["then-derived-info-readonly-collection-as-enumerable"] = q =>
            SpecificationBuilderExtensions.ThenInclude<Blog, Post, PostInfo?>(q.Include(b => b.CollectionPosts), p => (p as DerivedPost)!.Info),
        ["then-cast-include"] = q => q.Include(b => b.ListPosts).ThenInclude(p => ((DerivedPost)p).Info),
        ["include-cast-in-first"] = q => q.Include(b => b.ReadOnlyListPosts).ThenInclude(p => p.Comments).Include(b => b.ListPosts).ThenInclude(p => (p as DerivedPost)!.Info),

        // References.
        ["reference"] = q => q.Include(b => b.Owner),
        ["reference-then-reference"] = q => q.Include(b => b.Owner).ThenInclude(a => a!.Address),
        ["reference-and-collections"] = q => q.Include(b => b.Owner).ThenInclude(a => a!.Address).Include(b => b.EnumerablePosts).ThenInclude(p => p.Comments),

        // Conditions: a false Include discards its ThenIncludes; a false ThenInclude discards the rest of its chain.
        ["include-condition-false"] = q => q.Include(b => b.ListPosts, false).ThenInclude(p => p.Comments),
        ["include-condition-true"] = q => q.Include(b => b.ListPosts, true).ThenInclude(p => p.Comments, true),
        ["then-condition-false"] = q => q.Include(b => b.ListPosts).ThenInclude(p => (p as DerivedPost)!.Info, false).ThenInclude(i => i!.Text),
        ["then-reference-condition"] = q => q.Include(b => b.Owner).ThenInclude(a => a!.Address, false).Include(b => b.CollectionPosts).ThenInclude(x => (x as DerivedPost)!.Info, true),

        // Include strings.
        ["string"] = q => q.Include("ListPosts.Comments"),
        ["string-condition"] = q => q.Include("Owner.Address", true).Include("CollectionPosts", false),

        // Flags, ordering and paging with includes.
        ["no-tracking"] = q => q.Include(b => b.CollectionPosts).ThenInclude(x => (x as DerivedPost)!.Info).AsNoTracking(),
        ["no-tracking-identity"] = q => q.Include(b => b.ReadOnlyListPosts).ThenInclude(p => p.Comments).AsNoTrackingWithIdentityResolution(),
        ["split-query"] = q => q.Include(b => b.ListPosts).ThenInclude(p => p.Comments).Include(b => b.EnumerablePosts).AsSplitQuery(),
        ["paged"] = q => q.Include(b => b.ListPosts).OrderByDescending(b => b.Name).Skip(1).Take(1),
        ["tracking"] = q => q.Include(b => b.Owner).AsTracking(),
    };

    private static readonly Dictionary<string, Action<ISpecificationBuilder<Blog, Blog>>> ProjectionCases = new()
    {
        ["projection-include"] = q => q.Include(b => b.ListPosts).Select(b => b),
        ["projection-include-condition"] = q => q.Include(b => b.ListPosts, false).ThenInclude(p => p.Comments).Include(b => b.Owner, true).Select(b => b),
        ["projection-then-reference"] = q => q.Include(b => b.Owner).ThenInclude(a => a!.Address).Select(b => b),
        ["projection-then-reference-condition"] = q => q.Include(b => b.Owner).ThenInclude(a => a!.Address, false).Select(b => b),
        ["projection-then-collection"] = q => q.Include(b => b.CollectionPosts).ThenInclude(x => (x as DerivedPost)!.Info).Select(b => b),
        ["projection-then-enumerable"] = q => q.Include(b => b.EnumerablePosts).ThenInclude(p => p.Comments).Select(b => b),
        ["projection-then-enumerable-condition"] = q => q.Include(b => b.EnumerablePosts).ThenInclude(p => p.Comments, true).Select(b => b),
        ["projection-then-reference-collection-condition"] = q => q.Include(b => b.ReadOnlyListPosts).ThenInclude(x => (x as DerivedPost)!.Info, true).Select(b => b),
        ["projection-reference-overload-collection"] = q =>
            SpecificationBuilderExtensions.ThenInclude<Blog, Blog, IReadOnlyCollection<Post>, PostInfo?>(q.Include(b => b.CollectionPosts), x => (x as DerivedPost)!.Info).Select(b => b),
        ["projection-reference-overload-collection-condition"] = q =>
            SpecificationBuilderExtensions.ThenInclude<Blog, Blog, IReadOnlyList<Post>, PostInfo?>(q.Include(b => b.ReadOnlyListPosts), x => (x as DerivedPost)!.Info, true).Select(b => b),
        ["projection-string"] = q => q.Include("ListPosts.Comments").Include("Owner", false).Select(b => b),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    public static TheoryData<string> ProjectionNames => [.. ProjectionCases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Includes_MatchArdalisEfEvaluator_Sqlite(string name) => Compare(DatabaseKind.Sqlite, name);

    [PostgresTheory]
    [MemberData(nameof(Names))]
    public void Includes_MatchArdalisEfEvaluator_Postgres(string name) => Compare(DatabaseKind.Postgres, name);

    [Theory]
    [MemberData(nameof(ProjectionNames))]
    public void ProjectingSpecificationIncludes_MatchArdalisEfEvaluator_Sqlite(string name) => CompareProjection(DatabaseKind.Sqlite, name);

    [PostgresTheory]
    [MemberData(nameof(ProjectionNames))]
    public void ProjectingSpecificationIncludes_MatchArdalisEfEvaluator_Postgres(string name) => CompareProjection(DatabaseKind.Postgres, name);

    [Fact]
    public void ThenIncludeThroughACastAfterAReadOnlyCollection_LoadsTheDerivedReference()
    {
        // The exact defect of the issue: this threw ArgumentException in KitSpecificationEvaluator.
        var spec = new Specification<Blog>();
        SpecificationBuilderExtensions.ThenInclude<Blog, IReadOnlyCollection<Post>, PostInfo?>(spec.Query.Include(b => b.CollectionPosts), x => (x as DerivedPost)!.Info);
        spec.Query.OrderBy(b => b.Id);
        spec.IncludeExpressions.Last().PreviousPropertyType.Should().Be<IReadOnlyCollection<Post>>("the reference overload records the navigation's own type");
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "includes");
        IncludeContext.Seed(database);
        using var context = IncludeContext.On(database);
        var blogs = KitSpecificationEvaluator.Instance.GetQuery(context.Set<Blog>(), spec).AsNoTracking().ToList();
        var derived = blogs.SelectMany(b => b.CollectionPosts).OfType<DerivedPost>().ToList();
        derived.Should().NotBeEmpty().And.OnlyContain(p => p.Info != null);
    }

    private static void Compare(DatabaseKind kind, string name)
    {
        var build = Cases[name];
        Specification<Blog> Make()
        {
            var spec = new Specification<Blog>();
            build(spec.Query);
            if (!spec.OrderExpressions.Any())
            {
                spec.Query.OrderBy(b => b.Id);
            }

            return spec;
        }

        using var database = TestDatabase.Create(kind, "includes");
        IncludeContext.Seed(database);
        var ours = Run(database, c => KitSpecificationEvaluator.Instance.GetQuery(c.Set<Blog>(), Make()));
        var theirs = Run(database, c => ArdalisEfEvaluator.GetQuery(c.Set<Blog>(), Make()));
        ours.Should().Be(theirs);
        ours.Should().Contain("blog", "the comparison is not of two empty results");
    }

    private static void CompareProjection(DatabaseKind kind, string name)
    {
        var build = ProjectionCases[name];
        Specification<Blog, Blog> Make()
        {
            var spec = new Specification<Blog, Blog>();
            spec.Query.OrderBy(b => b.Id);
            build(spec.Query);
            return spec;
        }

        using var database = TestDatabase.Create(kind, "includes");
        IncludeContext.Seed(database);
        var ours = Run(database, c => KitSpecificationEvaluator.Instance.GetQuery(c.Set<Blog>(), Make()));
        var theirs = Run(database, c => ArdalisEfEvaluator.GetQuery(c.Set<Blog>(), Make()));
        ours.Should().Be(theirs);
        ours.Should().Contain("blog");
    }

    /// <summary>What a query gives: each row with every navigation as loaded, then what the context tracks.</summary>
    private static string Run(TestDatabase database, Func<IncludeContext, IQueryable<Blog>> query)
    {
        using var context = IncludeContext.On(database);
        var rows = query(context).ToList();
        var text = new StringBuilder();
        foreach (var blog in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{blog.Name} owner={blog.Owner?.Id}/{blog.Owner?.Address?.City}");
            foreach (var (navigation, posts) in new (string, IEnumerable<Post>)[] { ("list", blog.ListPosts), ("enumerable", blog.EnumerablePosts), ("collection", blog.CollectionPosts), ("readonly-list", blog.ReadOnlyListPosts) })
            {
                text.Append(CultureInfo.InvariantCulture, $" {navigation}=[");
                foreach (var post in posts.OrderBy(p => p.Id))
                {
                    text.Append(CultureInfo.InvariantCulture, $"{post.Title}:{post.Comments.Count}:{(post as DerivedPost)?.Info?.Text} ");
                }

                text.Append(']');
            }

            text.AppendLine();
        }

        var tracked = context.ChangeTracker.Entries()
            .GroupBy(e => $"{e.Metadata.ClrType.Name}:{e.State}")
            .Select(g => $"{g.Key}={g.Count()}")
            .Order(StringComparer.Ordinal);
        text.Append("tracked: ").AppendJoin(", ", tracked);
        return text.ToString();
    }
}
