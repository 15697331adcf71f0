using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>
/// What the interceptor and the verifier need to know about a history entity type: its chain-key and sequence
/// properties and its canonical content. Registered per CLR type by <see cref="HistoryChain.IsHistoryEntry{T}"/>; the
/// model only carries a boolean annotation (so migrations and model snapshots stay plain).
/// </summary>
internal abstract class HistoryEntryDescriptor(string chainKeyProperty, string sequenceProperty)
{
    public const string Annotation = "AccountabilityKit:HistoryEntry";

    private static readonly ConcurrentDictionary<Type, HistoryEntryDescriptor> Registry = new();

    public string ChainKeyProperty { get; } = chainKeyProperty;

    public string SequenceProperty { get; } = sequenceProperty;

    public abstract Type EntityClrType { get; }

    public static void Register(HistoryEntryDescriptor descriptor) => Registry[descriptor.EntityClrType] = descriptor;

    public static void Bind(Type clrType, CurrentStateBinding binding) => Registry[clrType].Binding = binding;

    /// <summary>The descriptor of a history entity type, or null when the type is not a history entry.</summary>
    public static HistoryEntryDescriptor? Find(IReadOnlyEntityType entityType) =>
        entityType.FindAnnotation(Annotation) is null
            ? null
            : Registry.TryGetValue(entityType.ClrType, out var descriptor)
                ? descriptor
                : throw new InvalidOperationException(Catalog.Of(nameof(Messages.HistoryEntryNotRegistered), ("entity", entityType.DisplayName())).Render(null));

    public static HistoryEntryDescriptor Require(DbContext context, Type clrType)
    {
        var entityType = Model.ModelAreas.Require(context, clrType);
        return Find(entityType) ?? throw new InvalidOperationException(Catalog.Of(nameof(Messages.NotAHistoryEntry), ("type", clrType.Name)).Render(null));
    }

    public abstract string CanonicalContent(object entity);

    /// <summary>
    /// Binds the current state of the aggregate the chain describes to the chain's head: given the stored entries (in order),
    /// returns null when the current state is what the head says, or the finding. Null when the history has no such binding.
    /// </summary>
    public CurrentStateBinding? Binding { get; set; }

    /// <summary>The last stored entry of a chain (sequence and hash), or null for an empty chain.</summary>
    public abstract ValueTask<ChainTip?> FindTipAsync(DbContext context, object chainKey, bool async, CancellationToken cancellationToken);

    /// <summary>Every stored entry of a chain, in sequence order, with its stored hashes.</summary>
    public abstract ValueTask<IReadOnlyList<StoredHistoryEntry>> LoadChainAsync(DbContext context, object chainKey, bool async, CancellationToken cancellationToken);

    /// <summary>The distinct chain keys stored.</summary>
    public abstract ValueTask<IReadOnlyList<object>> LoadChainKeysAsync(DbContext context, bool async, CancellationToken cancellationToken);
}

/// <summary>The last entry of a chain.</summary>
internal sealed record ChainTip(int Sequence, string Hash);

/// <summary>
/// A stored entry as the verifier reads it: <see cref="Entity"/> and <see cref="CanonicalContent"/> are null when the row could
/// not be read back (invalid JSON in a column, text that does not parse); <see cref="Inexact"/> when an integer column holds a
/// value that is not an exact integer (SQLite keeps what it is given; EF Core reads 2.5 as 2).
/// </summary>
internal sealed record StoredHistoryEntry(int Sequence, string? CanonicalContent, string PreviousHash, string Hash, object? Entity = null, bool Inexact = false);

/// <summary>Checks the current state of a chain's aggregate against the stored entries; null when it matches.</summary>
internal delegate ValueTask<AccountabilityKit.Localization.Message?> CurrentStateBinding(
    DbContext context, object chainKey, IReadOnlyList<StoredHistoryEntry> entries, bool async, CancellationToken cancellationToken);

/// <summary>The descriptor of entity type <typeparamref name="T"/>.</summary>
internal sealed class HistoryEntryDescriptor<T>(string chainKeyProperty, string sequenceProperty, Func<T, string> canonicalContent)
    : HistoryEntryDescriptor(chainKeyProperty, sequenceProperty)
    where T : class
{
    public override Type EntityClrType => typeof(T);

    public override string CanonicalContent(object entity) => canonicalContent((T)entity);

    public override async ValueTask<ChainTip?> FindTipAsync(DbContext context, object chainKey, bool async, CancellationToken cancellationToken)
    {
        var sequence = SequenceProperty;
        var query = InChain(context, chainKey)
            .OrderByDescending(e => EF.Property<int>(e, sequence))
            .Select(e => new ChainTip(EF.Property<int>(e, sequence), EF.Property<string>(e, HistoryChain.HashProperty)));
        return async ? await query.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) : query.FirstOrDefault();
    }

    public override async ValueTask<IReadOnlyList<StoredHistoryEntry>> LoadChainAsync(DbContext context, object chainKey, bool async, CancellationToken cancellationToken)
    {
        var sequence = SequenceProperty;
        var inexact = await InexactSequencesAsync(context, chainKey, async, cancellationToken).ConfigureAwait(false);
        try
        {
            var query = InChain(context, chainKey)
                .OrderBy(e => EF.Property<int>(e, sequence))
                .Select(e => new
                {
                    Entity = e,
                    Sequence = EF.Property<int>(e, sequence),
                    Previous = EF.Property<string>(e, HistoryChain.PreviousHashProperty),
                    Hash = EF.Property<string>(e, HistoryChain.HashProperty),
                });
            var rows = async ? await query.ToListAsync(cancellationToken).ConfigureAwait(false) : query.ToList();
            return [.. rows.Select(r => new StoredHistoryEntry(r.Sequence, canonicalContent(r.Entity), r.Previous, r.Hash, r.Entity, inexact.Contains(r.Sequence)))];
        }
        catch (Exception e) when (HistoryStorage.IsUnreadable(e))
        {
            return await LoadRowByRowAsync(context, chainKey, inexact, async, cancellationToken).ConfigureAwait(false);
        }
    }

    // Some row does not read back: the links (plain text and integer columns) are read on their own, then each entry alone,
    // so the verifier reports the first unreadable entry as a broken link instead of failing the whole chain.
    private async ValueTask<IReadOnlyList<StoredHistoryEntry>> LoadRowByRowAsync(
        DbContext context, object chainKey, IReadOnlySet<int> inexact, bool async, CancellationToken cancellationToken)
    {
        var sequence = SequenceProperty;
        var linksQuery = InChain(context, chainKey)
            .OrderBy(e => EF.Property<int>(e, sequence))
            .Select(e => new
            {
                Sequence = EF.Property<int>(e, sequence),
                Previous = EF.Property<string>(e, HistoryChain.PreviousHashProperty),
                Hash = EF.Property<string>(e, HistoryChain.HashProperty),
            });
        var links = async ? await linksQuery.ToListAsync(cancellationToken).ConfigureAwait(false) : linksQuery.ToList();
        var entries = new List<StoredHistoryEntry>(links.Count);
        foreach (var link in links)
        {
            var at = link.Sequence;
            T? entity;
            try
            {
                var one = InChain(context, chainKey).Where(e => EF.Property<int>(e, sequence) == at);
                entity = async ? await one.SingleAsync(cancellationToken).ConfigureAwait(false) : one.Single();
            }
            catch (Exception e) when (HistoryStorage.IsUnreadable(e))
            {
                entity = null;
            }

            entries.Add(new StoredHistoryEntry(at, entity is null ? null : canonicalContent(entity), link.Previous, link.Hash, entity, inexact.Contains(at)));
        }

        return entries;
    }

    // SQLite stores what it is given in an INTEGER column, and EF Core reads 2.5 as 2: the sequences of rows in which an
    // integer column (the sequence, a tick count, a number) holds anything but an exact integer. PostgreSQL's integer
    // columns cannot hold anything else.
    private async ValueTask<IReadOnlySet<int>> InexactSequencesAsync(DbContext context, object chainKey, bool async, CancellationToken cancellationToken)
    {
        if (context.Database.ProviderName != HistoryStorage.SqliteProvider)
        {
            return new HashSet<int>();
        }

        var entityType = context.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        string Column(IProperty property) => "\"" + property.GetColumnName(table)!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var integers = entityType.GetProperties()
            .Where(p => IsInteger(p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType))
            .Select(p => $"typeof({Column(p)}) NOT IN ('integer', 'null')")
            .ToList();
        if (integers.Count == 0)
        {
            return new HashSet<int>();
        }

        var key = KeyProperty(context);
        var keyValue = key.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(chainKey) : chainKey;
        var tableName = "\"" + table.Name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var sql = $"SELECT CAST({Column(entityType.FindProperty(SequenceProperty)!)} AS INTEGER) AS \"Value\" FROM {tableName} WHERE {Column(key)} = {{0}} AND ({string.Join(" OR ", integers)})";
#pragma warning disable EF1002 // The SQL is built from the model's table and column names (quoted), never from input; the key is a parameter.
        var query = context.Database.SqlQueryRaw<long>(sql, keyValue!);
#pragma warning restore EF1002
        var sequences = async ? await query.ToListAsync(cancellationToken).ConfigureAwait(false) : query.ToList();
        return sequences.Select(s => (int)s).ToHashSet();
    }

    private static bool IsInteger(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(bool)
            || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte);
    }

    public override async ValueTask<IReadOnlyList<object>> LoadChainKeysAsync(DbContext context, bool async, CancellationToken cancellationToken)
    {
        var key = KeyProperty(context);
        var parameter = Expression.Parameter(typeof(T), "e");
        var selector = Expression.Lambda<Func<T, object>>(Expression.Convert(PropertyAccess(parameter, key), typeof(object)), parameter);
        var query = context.Set<T>().AsNoTracking().Select(selector).Distinct();
        var keys = async ? await query.ToListAsync(cancellationToken).ConfigureAwait(false) : query.ToList();
        return [.. keys.OrderBy(HistoryChain.FormatKey, StringComparer.Ordinal)];
    }

    private IQueryable<T> InChain(DbContext context, object chainKey)
    {
        var key = KeyProperty(context);
        if (!key.ClrType.IsInstanceOfType(chainKey))
        {
            throw new ArgumentException($"The chain key of {typeof(T).Name} is a {key.ClrType.Name}, not a {chainKey.GetType().Name}.", nameof(chainKey));
        }

        var parameter = Expression.Parameter(typeof(T), "e");
        var predicate = Expression.Lambda<Func<T, bool>>(
            Expression.Equal(PropertyAccess(parameter, key), Expression.Constant(chainKey, key.ClrType)), parameter);
        return context.Set<T>().AsNoTracking().Where(predicate);
    }

    private IProperty KeyProperty(DbContext context) =>
        context.Model.FindEntityType(typeof(T))?.FindProperty(ChainKeyProperty)
        ?? throw new InvalidOperationException(Catalog.Of(nameof(Messages.PropertyMissing), ("type", typeof(T).Name), ("property", ChainKeyProperty), ("context", context.GetType().Name)).Render(null));

    private static MethodCallExpression PropertyAccess(ParameterExpression parameter, IProperty property) =>
        Expression.Call(typeof(EF), nameof(EF.Property), [property.ClrType], parameter, Expression.Constant(property.Name));
}
