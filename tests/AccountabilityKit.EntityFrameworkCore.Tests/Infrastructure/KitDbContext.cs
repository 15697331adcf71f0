using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.People;
using NodaTime;
using NodaTime.Testing;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>A user's own context, as a user writes it: one line in OnModelCreating adds AccountabilityKit.</summary>
public sealed class KitDbContext(DbContextOptions<KitDbContext> options, Action<AccountabilityKitModelOptions>? configure = null)
    : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyAccountabilityKit(o =>
        {
            o.ProviderMapsNodaTime = Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
            configure?.Invoke(o);
        });

    /// <summary>The clock the kit's interceptor records history instants with in tests (nanoseconds set, so precision shows).</summary>
    public static readonly FakeClock Clock = new(Instant.FromUtc(2026, 6, 30, 8, 0).PlusNanoseconds(123_456_789));

    /// <summary>The ambient actor of test contexts.</summary>
    public static readonly PersonId Actor = new("test-operator");

    /// <summary>The history options of test contexts: <see cref="Clock"/>, <see cref="Actor"/>, no key.</summary>
    public static void TestHistory(HistoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Clock = Clock;
        options.Actor = new FixedActor(Actor);
    }

    /// <summary>A context on <paramref name="database"/> with the kit's interceptor (<see cref="TestHistory"/> unless <paramref name="history"/>), schema created.</summary>
    public static KitDbContext Create(TestDatabase database, bool ensureCreated = true, Action<HistoryOptions>? history = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var context = new KitDbContext(database.Options<KitDbContext>(b => b.UseAccountabilityKit(history ?? TestHistory)));
        if (ensureCreated)
        {
            context.Database.EnsureCreated();
        }

        return context;
    }
}

/// <summary>An ambient actor that is always the same person (or nobody).</summary>
public sealed class FixedActor(PersonId? person) : IHistoryActor
{
    /// <inheritdoc />
    public PersonId? Current => person;
}
