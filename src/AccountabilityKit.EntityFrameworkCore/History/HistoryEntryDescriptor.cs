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

    /// <summary>The last stored entry of a chain (sequence and hash), or null for an empty chain.</summary>
    public abstract ValueTask<ChainTip?> FindTipAsync(DbContext context, object chainKey, bool async, CancellationToken cancellationToken);

    /// <summary>Every stored entry of a chain, in sequence order, with its stored hashes.</summary>
    public abstract ValueTask<IReadOnlyList<StoredHistoryEntry>> LoadChainAsync(DbContext context, object chainKey, bool async, CancellationToken cancellationToken);

    /// <summary>The distinct chain keys stored.</summary>
    public abstract ValueTask<IReadOnlyList<object>> LoadChainKeysAsync(DbContext context, bool async, CancellationToken cancellationToken);
}

/// <summary>The last entry of a chain.</summary>
internal sealed record ChainTip(int Sequence, string Hash);

/// <summary>A stored entry as the verifier reads it.</summary>
internal sealed record StoredHistoryEntry(int Sequence, string CanonicalContent, string PreviousHash, string Hash);

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
        return [.. rows.Select(r => new StoredHistoryEntry(r.Sequence, canonicalContent(r.Entity), r.Previous, r.Hash))];
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
