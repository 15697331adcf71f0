using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using AccountabilityKit.Citations;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>
/// The regulation packs in force, keyed by regulation version. <see cref="CreateDefault"/> starts with the built-in packs
/// (<see cref="BuiltInRegulationPacks"/>: ARR2019 and, for cases decided under the 2016 text, ARR2016). Packs are read with
/// <see cref="RegulationPackJson"/> and added with <see cref="Add"/>: a local pack (a province's implementing rules)
/// extends a pack of the catalog, overriding its entries by id — read it with
/// <see cref="RegulationPackJson.Load(string, RegulationPackCatalog)"/> — and, once added, is the pack in force for its
/// version. A document that fails validation never becomes a pack, so the previous pack stays in force. Thread-safe.
/// </summary>
public sealed class RegulationPackCatalog
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<string, RegulationPack> _byId = ImmutableDictionary.Create<string, RegulationPack>(StringComparer.Ordinal);
    private ImmutableDictionary<string, string> _activeByVersion = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);

    private RegulationPackCatalog()
    {
    }

    /// <summary>The day the 2019 text took effect; decisions before it are judged under the 2016 text.</summary>
    public static LocalDate Effective2019 { get; } =
        RegulationRegistry.Default.Get(RegulationKeys.AccountabilityRegulations2019).EffectiveFrom ?? new LocalDate(2019, 9, 1);

    /// <summary>The packs loaded, by id.</summary>
    public IReadOnlyCollection<RegulationPack> Packs => _byId.Values.OrderBy(static p => p.Id, StringComparer.Ordinal).ToList();

    /// <summary>Creates a catalog holding the built-in packs (<see cref="BuiltInRegulationPacks.All"/>), in force for their versions.</summary>
    /// <returns>The catalog.</returns>
    public static RegulationPackCatalog CreateDefault()
    {
        var catalog = new RegulationPackCatalog();
        foreach (var pack in BuiltInRegulationPacks.All)
        {
            catalog.Add(pack);
        }

        return catalog;
    }

    /// <summary>Creates an empty catalog (load base packs yourself).</summary>
    /// <returns>The catalog.</returns>
    public static RegulationPackCatalog CreateEmpty() => new();

    /// <summary>
    /// Adds a loaded pack (from <see cref="RegulationPackJson"/> or <see cref="BuiltInRegulationPacks"/>); it becomes the
    /// pack in force for its regulation version and replaces a pack of the same id.
    /// </summary>
    /// <param name="pack">The pack.</param>
    public void Add(RegulationPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        lock (_gate)
        {
            _byId = _byId.SetItem(pack.Id, pack);
            _activeByVersion = _activeByVersion.SetItem(pack.RegulationVersion, pack.Id);
        }
    }

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
}
