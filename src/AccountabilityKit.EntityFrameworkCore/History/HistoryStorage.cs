using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using NodaTime;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>
/// What the store keeps of a history entry, so that the hash is computed over exactly what a later read returns: instants
/// at the store's precision (100 ns ticks through the kit's SQLite conversion, 1 µs in a PostgreSQL <c>timestamptz</c>), and
/// the history options of the context (clock, actor, key) found on its interceptor.
/// </summary>
internal static class HistoryStorage
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>The history options of the context's kit interceptor (empty options when it has none).</summary>
    public static HistoryOptions Options(DbContext context)
    {
        var options = context.GetService<IDbContextOptions>();
        var interceptor = options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.Interceptors?
            .OfType<Concurrency.AccountabilityKitSaveChangesInterceptor>().FirstOrDefault();
        return interceptor?.Options ?? Concurrency.AccountabilityKitSaveChangesInterceptor.Instance.Options;
    }

    /// <summary><paramref name="value"/> as the store of <paramref name="property"/> keeps it.</summary>
    public static Instant Stored(IReadOnlyProperty property, Instant value)
    {
        if (property.GetValueConverter() is { } converter)
        {
            return (Instant)converter.ConvertFromProvider(converter.ConvertToProvider(value))!;
        }

        // A native timestamp column (PostgreSQL's timestamptz keeps microseconds; Npgsql drops the rest).
        var ticks = value.ToUnixTimeTicks();
        return Instant.FromUnixTimeTicks(ticks - (((ticks % 10) + 10) % 10));
    }

    /// <summary>Rounds every instant property of an entry to what its store keeps.</summary>
    public static void NormalizeInstants(EntityEntry entry)
    {
        foreach (var property in entry.Metadata.GetProperties())
        {
            if (property.ClrType != typeof(Instant) && property.ClrType != typeof(Instant?))
            {
                continue;
            }

            var current = entry.Property(property.Name);
            if (current.CurrentValue is Instant value && Stored(property, value) is var stored && stored != value)
            {
                current.CurrentValue = stored;
            }
        }
    }

    /// <summary>Whether <paramref name="exception"/> says that a stored value could not be read back (invalid JSON, text that does not parse).</summary>
    public static bool IsUnreadable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is JsonException or FormatException or InvalidCastException or OverflowException or NodaTime.Text.UnparsableValueException
                || e is Validation.ValidationFailedException)
            {
                return true;
            }
        }

        return false;
    }
}
