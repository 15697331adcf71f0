namespace AccountabilityKit.Hosting;

/// <summary>
/// Which regulation packs the host's <see cref="AccountabilityKit.Accountability.Packs.RegulationPackCatalog"/> holds (set in
/// code, or bind from configuration). Packs load in order — the embedded defaults, then <see cref="PackJson"/>, then
/// <see cref="PackFiles"/> — so a local pack (a province's implementing rules) can extend one loaded before it.
/// </summary>
public sealed class RegulationCatalogOptions
{
    /// <summary>Whether the embedded ARR2019 and ARR2016 packs are loaded first (default true).</summary>
    public bool IncludeDefaults { get; set; } = true;

    /// <summary>Regulation packs as JSON text (e.g. from configuration).</summary>
    public IList<string> PackJson { get; } = [];

    /// <summary>Paths of regulation-pack JSON files.</summary>
    public IList<string> PackFiles { get; } = [];
}
