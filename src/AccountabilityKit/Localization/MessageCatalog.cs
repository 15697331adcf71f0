using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Resources;

namespace AccountabilityKit.Localization;

/// <summary>
/// The messages of one package, in zh-CN and English: a .resx resource (zh-CN neutral, English satellite) read
/// through <see cref="ResourceManager"/>, with named placeholders such as <c>{count}</c>. Every package of the kit has
/// one; a host or an extension package can create its own the same way. Message ids are <c>Name.Key</c>.
/// </summary>
public sealed class MessageCatalog
{
    private static readonly ConcurrentDictionary<string, MessageCatalog> Catalogs = new(StringComparer.Ordinal);

    private readonly ResourceManager? _resources;
    private readonly IReadOnlyDictionary<string, string>? _chinese;
    private readonly IReadOnlyDictionary<string, string>? _english;
    private readonly Lazy<FrozenKeys> _keys;

    /// <summary>Creates and registers a catalogue.</summary>
    /// <param name="name">The catalogue's name, the prefix of its message ids (e.g. <c>Checklists</c>); unique in the process.</param>
    /// <param name="resources">The resources: neutral (zh-CN) in the main assembly, English in the <c>en</c> satellite.</param>
    /// <exception cref="ArgumentException">Another catalogue is registered under <paramref name="name"/>.</exception>
    public MessageCatalog(string name, ResourceManager resources)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(resources);
        if (name.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException("A catalogue name cannot contain a dot.", nameof(name));
        }

        Name = name;
        _resources = resources;
        _keys = new Lazy<FrozenKeys>(ReadKeys);
        Register(this);
    }

    /// <summary>
    /// Creates and registers a catalogue from templates held in memory (read from a host's own store, say), keyed alike
    /// in both cultures.
    /// </summary>
    /// <param name="name">The catalogue's name, the prefix of its message ids; unique in the process.</param>
    /// <param name="chinese">The zh-CN templates by key.</param>
    /// <param name="english">The English templates by key.</param>
    /// <exception cref="ArgumentException">The name is taken, or the two cultures do not have the same keys.</exception>
    public MessageCatalog(string name, IReadOnlyDictionary<string, string> chinese, IReadOnlyDictionary<string, string> english)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(chinese);
        ArgumentNullException.ThrowIfNull(english);
        if (name.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException("A catalogue name cannot contain a dot.", nameof(name));
        }

        if (chinese.Count != english.Count || chinese.Keys.Any(k => !english.ContainsKey(k)))
        {
            throw new ArgumentException("Both cultures must have the same keys.", nameof(english));
        }

        Name = name;
        _chinese = chinese.ToDictionary(StringComparer.Ordinal);
        _english = english.ToDictionary(StringComparer.Ordinal);
        _keys = new Lazy<FrozenKeys>(ReadKeys);
        Register(this);
    }

    /// <summary>The kit's Chinese culture, <c>zh-CN</c>: the default and the fallback of every message.</summary>
    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The kit's English culture, <c>en</c>.</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>Every catalogue registered in this process (one per loaded package that has spoken).</summary>
    public static IReadOnlyCollection<MessageCatalog> Registered => [.. Catalogs.Values.OrderBy(static c => c.Name, StringComparer.Ordinal)];

    /// <summary>The catalogue's name, the prefix of its message ids.</summary>
    public string Name { get; }

    /// <summary>The message ids of the catalogue (<c>Name.Key</c>), in ordinal order.</summary>
    public ImmutableArray<string> Ids => _keys.Value.Ids;

    /// <summary>The kit culture of <paramref name="culture"/>: <see cref="English"/> for any <c>en</c> culture, else <see cref="Chinese"/>.</summary>
    /// <param name="culture">Any culture; null for the current UI culture.</param>
    public static CultureInfo Resolve(CultureInfo? culture) => IsEnglish(culture ?? CultureInfo.CurrentUICulture) ? English : Chinese;

    /// <summary>The catalogue that holds <paramref name="messageId"/>, or null when none registered does.</summary>
    /// <param name="messageId">A message id, <c>Name.Key</c>.</param>
    public static MessageCatalog? Find(string messageId)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        var dot = messageId.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && Catalogs.TryGetValue(messageId[..dot], out var catalog) && catalog.Contains(messageId) ? catalog : null;
    }

    /// <summary>True when the catalogue holds <paramref name="messageId"/>.</summary>
    /// <param name="messageId">A message id, <c>Name.Key</c>.</param>
    public bool Contains(string messageId) => KeyOf(messageId) is { } key && _keys.Value.Set.Contains(key);

    /// <summary>A message of this catalogue.</summary>
    /// <param name="key">The key in the catalogue (use <c>nameof</c> of the generated resource property).</param>
    /// <param name="arguments">Its arguments, one per placeholder.</param>
    /// <exception cref="ArgumentException">The catalogue has no such key (a bug caught by each package's catalogue test).</exception>
    public Message Create(string key, params ReadOnlySpan<MessageArgument> arguments)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_keys.Value.Set.Contains(key))
        {
            throw new ArgumentException($"The catalogue {Name} has no message {key}.", nameof(key));
        }

        return new Message(string.Concat(Name, ".", key), [.. arguments]);
    }

    /// <summary>The template of <paramref name="messageId"/> in <paramref name="culture"/> (resolved as <see cref="Resolve"/> says), or null.</summary>
    /// <param name="messageId">A message id, <c>Name.Key</c>.</param>
    /// <param name="culture">The culture; null for the current UI culture.</param>
    public string? Template(string messageId, CultureInfo? culture) =>
        Template(messageId, IsEnglish(culture ?? CultureInfo.CurrentUICulture));

    internal string? Template(string messageId, bool english)
    {
        if (KeyOf(messageId) is not { } key)
        {
            return null;
        }

        if (_resources is not null)
        {
            return _resources.GetString(key, english ? English : CultureInfo.InvariantCulture);
        }

        return (english ? _english! : _chinese!).TryGetValue(key, out var template) ? template : null;
    }

    /// <summary>
    /// Every key of the catalogue in one culture as the resources hold it, without fallback: for tests that hold the
    /// two cultures in step.
    /// </summary>
    /// <param name="culture">The culture: <see cref="Chinese"/> reads the neutral resources, <see cref="English"/> the satellite.</param>
    public IReadOnlyDictionary<string, string> TemplatesOf(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (_resources is null)
        {
            return new SortedDictionary<string, string>((IsEnglish(culture) ? _english! : _chinese!).ToDictionary(), StringComparer.Ordinal);
        }

        var set = _resources.GetResourceSet(IsEnglish(culture) ? English : CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (set is not null)
        {
            foreach (DictionaryEntry entry in set)
            {
                if (entry is { Key: string key, Value: string value })
                {
                    result[key] = value;
                }
            }
        }

        return result;
    }

    private static void Register(MessageCatalog catalog)
    {
        if (!Catalogs.TryAdd(catalog.Name, catalog))
        {
            throw new ArgumentException($"A catalogue named {catalog.Name} is already registered.", nameof(catalog));
        }
    }

    internal static bool IsEnglish(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.OrdinalIgnoreCase);

    private string? KeyOf(string messageId) =>
        messageId.Length > Name.Length + 1 && messageId[Name.Length] == '.' && messageId.StartsWith(Name, StringComparison.Ordinal)
            ? messageId[(Name.Length + 1)..]
            : null;

    private FrozenKeys ReadKeys()
    {
        var keys = TemplatesOf(Chinese).Keys.ToImmutableArray();
        return new FrozenKeys([.. keys.Select(k => string.Concat(Name, ".", k))], [.. keys]);
    }

    private sealed record FrozenKeys(ImmutableArray<string> Ids, ImmutableHashSet<string> Set);
}
