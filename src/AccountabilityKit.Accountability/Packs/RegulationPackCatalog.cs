using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using AccountabilityKit.Citations;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>
/// The regulation packs in force, keyed by regulation version. Starts with the embedded defaults (ARR2019 with the
/// Disciplinary Regulations 2023, the Organisational Handling Provisions 2021 and the Cadre Selection Regulations 2019
/// Art. 24; and ARR2016 for cases decided under the 2016 text). A local pack (a province's implementing rules) extends a
/// loaded pack, overriding its entries by id, and becomes the pack in force for its version. A pack that fails
/// validation is rejected with a report and the previous pack stays in force. Thread-safe.
/// </summary>
public sealed class RegulationPackCatalog
{
    private static readonly Lazy<RegulationPack> DefaultPack2019 = new(() => LoadEmbedded(RegulationKeys.AccountabilityRegulations2019, null));
    private static readonly Lazy<RegulationPack> DefaultPack2016 = new(() => LoadEmbedded(RegulationKeys.AccountabilityRegulations2016, null));

    private readonly Lock _gate = new();
    private ImmutableDictionary<string, RegulationPack> _byId = ImmutableDictionary.Create<string, RegulationPack>(StringComparer.Ordinal);
    private ImmutableDictionary<string, string> _activeByVersion = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);

    private RegulationPackCatalog()
    {
    }

    /// <summary>The embedded default pack for the 2019 Accountability Regulations.</summary>
    public static RegulationPack Default2019 => DefaultPack2019.Value;

    /// <summary>The embedded default pack for the 2016 Accountability Regulations (2016 numbering).</summary>
    public static RegulationPack Default2016 => DefaultPack2016.Value;

    /// <summary>The day the 2019 text took effect; decisions before it are judged under the 2016 text.</summary>
    public static LocalDate Effective2019 { get; } =
        RegulationRegistry.Default.Get(RegulationKeys.AccountabilityRegulations2019).EffectiveFrom ?? new LocalDate(2019, 9, 1);

    /// <summary>The packs loaded, by id.</summary>
    public IReadOnlyCollection<RegulationPack> Packs => _byId.Values.OrderBy(static p => p.Id, StringComparer.Ordinal).ToList();

    /// <summary>Creates a catalog holding the two embedded default packs, in force for their versions.</summary>
    /// <returns>The catalog.</returns>
    public static RegulationPackCatalog CreateDefault()
    {
        var catalog = new RegulationPackCatalog();
        catalog.Add(Default2016);
        catalog.Add(Default2019);
        return catalog;
    }

    /// <summary>Creates an empty catalog (load base packs yourself).</summary>
    /// <returns>The catalog.</returns>
    public static RegulationPackCatalog CreateEmpty() => new();

    /// <summary>
    /// Reads, validates and adds a pack; on success it becomes the pack in force for its regulation version. On failure
    /// nothing changes and <paramref name="report"/> lists every problem with its JSON path.
    /// </summary>
    /// <param name="json">The pack document.</param>
    /// <param name="pack">The loaded pack, or null.</param>
    /// <param name="report">The problems found (empty on success).</param>
    /// <returns>True when the pack was loaded.</returns>
    public bool TryLoad(string json, [NotNullWhen(true)] out RegulationPack? pack, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        lock (_gate)
        {
            var byId = _byId;
            if (!RegulationPackReader.TryRead(json, id => byId.GetValueOrDefault(id), out pack, out report) || pack is null)
            {
                pack = null;
                return false;
            }

            Add(pack);
            return true;
        }
    }

    /// <summary>Like <see cref="TryLoad"/>, but throws when the pack is invalid.</summary>
    /// <param name="json">The pack document.</param>
    /// <returns>The loaded pack.</returns>
    /// <exception cref="ValidationFailedException">The pack is invalid; the previous pack stays in force.</exception>
    public RegulationPack Load(string json) =>
        TryLoad(json, out var pack, out var report) ? pack : throw new ValidationFailedException(report);

    /// <summary>The pack in force for a regulation version (<c>ARR2019</c>, <c>ARR2016</c>).</summary>
    /// <param name="regulationVersion">The version key.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ValidationFailedException">No pack is loaded for the version (code AC002).</exception>
    public RegulationPack For(string regulationVersion)
    {
        ArgumentNullException.ThrowIfNull(regulationVersion);
        return _activeByVersion.TryGetValue(regulationVersion, out var id)
            ? _byId[id]
            : throw new ValidationFailedException(ValidationIssue.Error(AccountabilityIssueCodes.UnknownRegulationVersion, nameof(regulationVersion), Catalog.Of(nameof(Messages.PackNotLoadedForVersion), ("version", regulationVersion))));
    }

    /// <summary>The pack in force for a case decided (or started) on <paramref name="date"/>: ARR2016 before 2019-09-01, ARR2019 from then on.</summary>
    /// <param name="date">The decision date.</param>
    /// <returns>The pack.</returns>
    public RegulationPack ForDate(LocalDate date) =>
        For(date < Effective2019 ? RegulationKeys.AccountabilityRegulations2016 : RegulationKeys.AccountabilityRegulations2019);

    /// <summary>Finds a loaded pack by id.</summary>
    /// <param name="id">The pack id.</param>
    /// <param name="pack">The pack, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out RegulationPack? pack) => _byId.TryGetValue(id, out pack);

    private static RegulationPack LoadEmbedded(string version, Func<string, RegulationPack?>? findLoaded)
    {
        var json = EmbeddedJson(version);
        return RegulationPackReader.TryRead(json, findLoaded ?? (static _ => null), out var pack, out var report) && pack is not null
            ? pack
            : throw new ValidationFailedException(report);
    }

    /// <summary>The text of an embedded default pack.</summary>
    internal static string EmbeddedJson(string version)
    {
        var name = $"AccountabilityKit.Accountability.Packs.{version}.json";
        using var stream = typeof(RegulationPackCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded pack {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private void Add(RegulationPack pack)
    {
        lock (_gate)
        {
            _byId = _byId.SetItem(pack.Id, pack);
            _activeByVersion = _activeByVersion.SetItem(pack.RegulationVersion, pack.Id);
        }
    }
}
