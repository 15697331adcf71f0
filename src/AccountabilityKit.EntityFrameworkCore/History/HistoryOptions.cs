using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>
/// How the save interceptor of <see cref="Model.AccountabilityKitDbContextOptionsExtensions.UseAccountabilityKit(Microsoft.EntityFrameworkCore.DbContextOptionsBuilder, Action{HistoryOptions})"/>
/// writes and <see cref="HistoryChainVerifier"/> checks histories: the clock and the actor recorded on every entry the kit
/// writes, and the optional key of a keyed (HMAC-SHA256) chain.
/// </summary>
public sealed class HistoryOptions
{
    /// <summary>The smallest key length accepted, in bytes (the output size of SHA-256).</summary>
    public const int MinimumKeyLength = 32;

    private byte[]? _key;

    /// <summary>
    /// The clock whose <see cref="IClock.GetCurrentInstant"/> is recorded as <c>RecordedAt</c> on every score-card version, case
    /// decision, rule-set version and regulation-pack version. Required as soon as such an entry is saved.
    /// </summary>
    public IClock? Clock { get; set; }

    /// <summary>
    /// The ambient actor (who is saving), recorded as <c>RecordedBy</c> unless the save names one explicitly with
    /// <see cref="HistorySaveExtensions.SaveChangesBy"/>. Without either, saving such an entry throws <see cref="HistoryActorMissingException"/>.
    /// </summary>
    public IHistoryActor? Actor { get; set; }

    /// <summary>
    /// The secret key of a keyed chain: every new entry's hash is HMAC-SHA256 under this key instead of plain SHA-256, so whoever
    /// can write the database but does not hold the key cannot recompute a consistent chain. At least
    /// <see cref="MinimumKeyLength"/> bytes; <see langword="null"/> (the default) keeps the unkeyed chain. The array is copied.
    /// </summary>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyLength"/> bytes.</exception>
    public byte[]? Key
    {
        get => _key is null ? null : [.. _key];
        set => _key = value is null ? null : Checked(value, nameof(Key));
    }

    /// <summary>
    /// Retired keys the verifier still accepts for entries written before a rotation (new entries always use <see cref="Key"/>).
    /// Each at least <see cref="MinimumKeyLength"/> bytes.
    /// </summary>
    public IList<byte[]> PreviousKeys { get; } = [];

    internal byte[]? CurrentKey => _key;

    internal IReadOnlyList<byte[]> VerificationKeys()
    {
        if (_key is null)
        {
            return [];
        }

        var keys = new List<byte[]> { _key };
        keys.AddRange(PreviousKeys.Select(k => Checked(k, nameof(PreviousKeys))));
        return keys;
    }

    internal HistoryOptions Copy()
    {
        var copy = new HistoryOptions { Clock = Clock, Actor = Actor, _key = _key };
        foreach (var key in PreviousKeys)
        {
            copy.PreviousKeys.Add([.. Checked(key, nameof(PreviousKeys))]);
        }

        return copy;
    }

    internal PersonId RequireActor(string entityType, PersonId? explicitActor) =>
        explicitActor ?? Actor?.Current ?? throw new HistoryActorMissingException(entityType);

    private static byte[] Checked(byte[] key, string name)
    {
        ArgumentNullException.ThrowIfNull(key, name);
        return key.Length < MinimumKeyLength
            ? throw new ArgumentException($"A history key must have at least {MinimumKeyLength} bytes.", name)
            : [.. key];
    }
}
