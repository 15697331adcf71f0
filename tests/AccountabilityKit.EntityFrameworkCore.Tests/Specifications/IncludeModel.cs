using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Specifications;

/// <summary>A blog with one collection navigation of each declared type the evaluator must handle, and a reference chain.</summary>
public sealed class Blog
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public List<Post> ListPosts { get; set; } = [];

    public IEnumerable<Post> EnumerablePosts { get; set; } = new List<Post>();

    public IReadOnlyCollection<Post> CollectionPosts { get; set; } = new List<Post>();

    public IReadOnlyList<Post> ReadOnlyListPosts { get; set; } = new List<Post>();

    public int? OwnerId { get; set; }

    public Author? Owner { get; set; }
}

/// <summary>A post (TPH base); <see cref="DerivedPost"/> adds a reference navigation only it has.</summary>
public class Post
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public List<Comment> Comments { get; set; } = [];
}

/// <summary>Not sealed: `(x as DerivedPost)` must also compile from a collection interface, as in the issue.</summary>
public class DerivedPost : Post
{
    public int? InfoId { get; set; }

    public PostInfo? Info { get; set; }
}

public sealed class PostInfo
{
    public int Id { get; set; }

    public string Text { get; set; } = "";
}

public sealed class Comment
{
    public int Id { get; set; }

    public string Text { get; set; } = "";
}

public sealed class Author
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int? AddressId { get; set; }

    public Address? Address { get; set; }
}

public sealed class Address
{
    public int Id { get; set; }

    public string City { get; set; } = "";
}

/// <summary>The include model's context (no AccountabilityKit tables: the evaluator works on any model).</summary>
public sealed class IncludeContext(DbContextOptions<IncludeContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Blog>(b =>
        {
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasMany(x => x.ListPosts).WithOne().HasForeignKey("ListBlogId");
            b.HasMany(x => x.EnumerablePosts).WithOne().HasForeignKey("EnumerableBlogId");
            b.HasMany(x => x.CollectionPosts).WithOne().HasForeignKey("CollectionBlogId");
            b.HasMany(x => x.ReadOnlyListPosts).WithOne().HasForeignKey("ReadOnlyListBlogId");
            b.HasOne(x => x.Owner).WithMany().HasForeignKey(x => x.OwnerId);
        });
        modelBuilder.Entity<Post>(p =>
        {
            p.Property(x => x.Id).ValueGeneratedNever();
            p.HasDiscriminator<string>("Kind").HasValue<Post>("plain").HasValue<DerivedPost>("derived");
            p.HasMany(x => x.Comments).WithOne().HasForeignKey("PostId");
        });
        modelBuilder.Entity<DerivedPost>().HasOne(x => x.Info).WithMany().HasForeignKey(x => x.InfoId);
        modelBuilder.Entity<PostInfo>().Property(x => x.Id).ValueGeneratedNever();
        modelBuilder.Entity<Comment>().Property(x => x.Id).ValueGeneratedNever();
        modelBuilder.Entity<Author>(a =>
        {
            a.Property(x => x.Id).ValueGeneratedNever();
            a.HasOne(x => x.Address).WithMany().HasForeignKey(x => x.AddressId);
        });
        modelBuilder.Entity<Address>().Property(x => x.Id).ValueGeneratedNever();
    }

    /// <summary>A context on <paramref name="database"/>.</summary>
    public static IncludeContext On(TestDatabase database) => new(database.Options<IncludeContext>());

    /// <summary>Creates the schema and three blogs: posts of both kinds in every collection, comments, infos, owners with and without an address.</summary>
    public static void Seed(TestDatabase database)
    {
        using var context = On(database);
        context.Database.EnsureCreated();
        var id = 100;
        Post MakePost(int blog, int n)
        {
            var post = n % 2 == 0
                ? new DerivedPost { Id = ++id, Title = $"b{blog}-d{n}", Info = new PostInfo { Id = ++id, Text = $"info {blog}.{n}" } }
                : new Post { Id = ++id, Title = $"b{blog}-p{n}" };
            post.Comments.AddRange(Enumerable.Range(0, n % 3).Select(c => new Comment { Id = ++id, Text = $"c{blog}.{n}.{c}" }));
            return post;
        }

        for (var blog = 1; blog <= 3; blog++)
        {
            context.Add(new Blog
            {
                Id = blog,
                Name = $"blog {blog}",
                ListPosts = [.. Enumerable.Range(1, blog + 1).Select(n => MakePost(blog, n))],
                EnumerablePosts = Enumerable.Range(1, blog).Select(n => MakePost(blog, n)).ToList(),
                CollectionPosts = Enumerable.Range(1, 4 - blog).Select(n => MakePost(blog, n)).ToList(),
                ReadOnlyListPosts = Enumerable.Range(1, 2).Select(n => MakePost(blog, n)).ToList(),
                Owner = new Author { Id = 10 + blog, Name = $"author {blog}", Address = blog == 2 ? null : new Address { Id = 20 + blog, City = $"city {blog}" } },
            });
        }

        context.SaveChanges();
    }
}
