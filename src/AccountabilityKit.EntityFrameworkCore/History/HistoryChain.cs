using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;
using NodaTime.Text;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>
/// Append-only, tamper-evident histories: an entity type registered with <see cref="IsHistoryEntry{T,TKey}"/> is
/// insert-only (the interceptor registered by <c>UseAccountabilityKit()</c> rejects updating or deleting its rows with
/// <see cref="HistoryAppendOnlyException"/>), and every row is chained per aggregate (its <em>chain key</em>): the
/// interceptor stores in two shadow columns the predecessor's hash (<see cref="PreviousHashProperty"/>,
/// <see cref="GenesisHash"/> for the first entry) and the entry's own hash (<see cref="HashProperty"/>) = SHA-256 — or
/// HMAC-SHA256 under <see cref="HistoryOptions.Key"/> — of the previous hash, the chain key, the sequence and the entry's
/// exact canonical content, computed over the values as the store keeps them. <see cref="HistoryChainVerifier"/> recomputes
/// the chain and reports the first broken link.
/// </summary>
public static class HistoryChain
{
    /// <summary>The shadow property (and column) holding the predecessor's hash.</summary>
    public const string PreviousHashProperty = "PreviousHash";

    /// <summary>The shadow property (and column) holding the entry's own hash.</summary>
    public const string HashProperty = "Hash";

    /// <summary>The "previous hash" of the first entry of every chain: 64 zeros.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>
    /// Registers <typeparamref name="T"/> as an append-only history entry chained per <paramref name="chainKey"/> in
    /// the order of <paramref name="sequence"/> (1, 2, 3, … within a chain). One line per history entity type, e.g.
    /// <c>entity.IsHistoryEntry(e =&gt; e.CaseId, e =&gt; e.Sequence, e =&gt; HistoryChain.Canonical(e.Kind, e.At, e.Text))</c>.
    /// </summary>
    /// <typeparam name="T">The entry type.</typeparam>
    /// <typeparam name="TKey">The chain key's type (the aggregate's id), e.g. <see cref="string"/>.</typeparam>
    /// <param name="entity">The entity type builder.</param>
    /// <param name="chainKey">The property naming the chain (a simple property access).</param>
    /// <param name="sequence">The property holding the position in the chain, from 1 (a simple property access).</param>
    /// <param name="canonicalContent">The entry's content as one deterministic string, e.g. built with
    /// <see cref="Canonical"/>; every field that must be tamper-evident belongs in it.</param>
    /// <returns>The same builder.</returns>
    public static EntityTypeBuilder<T> IsHistoryEntry<T, TKey>(
        this EntityTypeBuilder<T> entity,
        Expression<Func<T, TKey>> chainKey,
        Expression<Func<T, int>> sequence,
        Func<T, string> canonicalContent)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(chainKey);
        ArgumentNullException.ThrowIfNull(sequence);
        return entity.IsHistoryEntry(MemberName(chainKey), MemberName(sequence), canonicalContent);
    }

    /// <summary>
    /// Registers <typeparamref name="T"/> as an append-only history entry; the chain key and the sequence are named
    /// properties, which may be shadow properties (configure them first).
    /// </summary>
    /// <typeparam name="T">The entry type.</typeparam>
    /// <param name="entity">The entity type builder.</param>
    /// <param name="chainKeyProperty">The name of the property naming the chain.</param>
    /// <param name="sequenceProperty">The name of the <see cref="int"/> property holding the position, from 1.</param>
    /// <param name="canonicalContent">The entry's content as one deterministic string.</param>
    /// <returns>The same builder.</returns>
    public static EntityTypeBuilder<T> IsHistoryEntry<T>(
        this EntityTypeBuilder<T> entity,
        string chainKeyProperty,
        string sequenceProperty,
        Func<T, string> canonicalContent)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrWhiteSpace(chainKeyProperty);
        ArgumentException.ThrowIfNullOrWhiteSpace(sequenceProperty);
        ArgumentNullException.ThrowIfNull(canonicalContent);
        entity.Property<string>(PreviousHashProperty).HasMaxLength(64).IsRequired();
        entity.Property<string>(HashProperty).HasMaxLength(64).IsRequired();
        entity.HasIndex(chainKeyProperty, sequenceProperty).IsUnique();
        entity.HasAnnotation(HistoryEntryDescriptor.Annotation, true);
        HistoryEntryDescriptor.Register(new HistoryEntryDescriptor<T>(chainKeyProperty, sequenceProperty, canonicalContent));
        return entity;
    }

    /// <summary>
    /// The hash of an entry in an unkeyed chain: SHA-256 (lowercase hex) of the UTF-8 text
    /// <c>previousHash \n chainKey \n sequence \n canonicalContent</c>.
    /// </summary>
    /// <param name="previousHash">The predecessor's hash, or <see cref="GenesisHash"/>.</param>
    /// <param name="chainKey">The chain key, formatted with the invariant culture.</param>
    /// <param name="sequence">The position in the chain.</param>
    /// <param name="canonicalContent">The entry's canonical content.</param>
    /// <returns>64 lowercase hex digits.</returns>
    public static string ComputeHash(string previousHash, string chainKey, int sequence, string canonicalContent) =>
        Convert.ToHexStringLower(SHA256.HashData(HashedText(previousHash, chainKey, sequence, canonicalContent)));

    /// <summary>
    /// The hash of an entry in a keyed chain (<see cref="HistoryOptions.Key"/>): HMAC-SHA256 (lowercase hex) under
    /// <paramref name="key"/> of the same text as <see cref="ComputeHash(string, string, int, string)"/>.
    /// </summary>
    /// <param name="key">The secret key.</param>
    /// <param name="previousHash">The predecessor's hash, or <see cref="GenesisHash"/>.</param>
    /// <param name="chainKey">The chain key, formatted with the invariant culture.</param>
    /// <param name="sequence">The position in the chain.</param>
    /// <param name="canonicalContent">The entry's canonical content.</param>
    /// <returns>64 lowercase hex digits.</returns>
    public static string ComputeHash(ReadOnlySpan<byte> key, string previousHash, string chainKey, int sequence, string canonicalContent) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, HashedText(previousHash, chainKey, sequence, canonicalContent)));

    internal static string ComputeHash(byte[]? key, string previousHash, string chainKey, int sequence, string canonicalContent) =>
        key is null ? ComputeHash(previousHash, chainKey, sequence, canonicalContent) : ComputeHash(key.AsSpan(), previousHash, chainKey, sequence, canonicalContent);

    private static byte[] HashedText(string previousHash, string chainKey, int sequence, string canonicalContent)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(chainKey);
        ArgumentNullException.ThrowIfNull(canonicalContent);
        return Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{previousHash}\n{chainKey}\n{sequence}\n{canonicalContent}"));
    }

    /// <summary>
    /// A deterministic, exact canonical form of an entry's fields: a JSON array with one element per part (UTF-8, minimal
    /// escaping) — strings as they are, <see cref="LocalDate"/> in ISO-8601, <see cref="Instant"/> in ISO-8601 UTC with all nine
    /// fractional digits (the nanosecond NodaTime keeps: a change of one tick changes the text), <see cref="decimal"/> as its exact
    /// value with the invariant culture and without trailing zeros (98.0 and 98 are the same value, 98.01 is not), integers
    /// exactly, <see cref="double"/>/<see cref="float"/> in round-trip form, enums by name, other formattable values with the
    /// invariant culture, sequences (other than strings) as nested arrays, null as null.
    /// </summary>
    /// <param name="parts">The fields, in a fixed order.</param>
    /// <returns>The canonical text.</returns>
    public static string Canonical(params object?[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteArray(writer, parts);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Binds the current state of the aggregate a kit history describes to the chain's head (checked by the verifier).</summary>
    internal static EntityTypeBuilder<T> BindsCurrentState<T>(this EntityTypeBuilder<T> entity, CurrentStateBinding binding)
        where T : class
    {
        HistoryEntryDescriptor.Bind(typeof(T), binding);
        return entity;
    }

    /// <summary>Maps the <c>RecordedBy</c>/<c>RecordedAt</c> properties that the interceptor fills on insert from the actor and the clock.</summary>
    internal static EntityTypeBuilder<T> RecordsActorAndInstant<T>(this EntityTypeBuilder<T> entity)
        where T : class
    {
        entity.Property(HistoryChainMaintenance.RecordedByProperty).HasMaxLength(64);
        entity.Property(HistoryChainMaintenance.RecordedAtProperty);
        entity.HasAnnotation(HistoryChainMaintenance.RecordedAnnotation, true);
        return entity;
    }

    internal static string FormatKey(object chainKey) =>
        Convert.ToString(chainKey, CultureInfo.InvariantCulture) ?? string.Empty;

    private static void WriteArray(Utf8JsonWriter writer, IEnumerable parts)
    {
        writer.WriteStartArray();
        foreach (var part in parts)
        {
            switch (part)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string s:
                    writer.WriteStringValue(s);
                    break;
                case LocalDate date:
                    writer.WriteStringValue(LocalDatePattern.Iso.Format(date));
                    break;
                case Instant instant:
                    writer.WriteStringValue(ExactInstant.Format(instant));
                    break;
                case decimal number:
                    writer.WriteStringValue(ExactDecimal(number));
                    break;
                case double number:
                    writer.WriteStringValue(number.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case float number:
                    writer.WriteStringValue(number.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case IEnumerable sequence:
                    WriteArray(writer, sequence);
                    break;
                case IFormattable formattable:
                    writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                    break;
                default:
                    writer.WriteStringValue(part.ToString());
                    break;
            }
        }

        writer.WriteEndArray();
    }

    private static readonly InstantPattern ExactInstant = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff'Z'");

    /// <summary>The exact value of a decimal, invariant, without trailing fractional zeros.</summary>
    internal static string ExactDecimal(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text == "-0" ? "0" : text;
    }

    private static string MemberName(LambdaExpression expression)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        return body is MemberExpression { Expression: ParameterExpression } member
            ? member.Member.Name
            : throw new ArgumentException($"'{expression}' must be a simple property access such as e => e.Sequence.", nameof(expression));
    }
}
