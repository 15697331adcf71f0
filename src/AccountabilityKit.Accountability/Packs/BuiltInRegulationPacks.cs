using AccountabilityKit.Citations;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>
/// The regulation packs shipped with the package, the shape every package's shipped defaults have: one static property
/// per default, loaded on first use through <see cref="RegulationPackJson"/> (validated like any other document),
/// immutable and shared, plus <see cref="All"/>. <see cref="RegulationPackCatalog.CreateDefault"/> puts both in force;
/// <see cref="RegulationPackJson.Save(RegulationPack)"/> gives a default's JSON document.
/// </summary>
public static class BuiltInRegulationPacks
{
    private static readonly Lazy<RegulationPack> LazyArr2019 = new(static () => Load(RegulationKeys.AccountabilityRegulations2019));
    private static readonly Lazy<RegulationPack> LazyArr2016 = new(static () => Load(RegulationKeys.AccountabilityRegulations2016));

    /// <summary>
    /// The pack of the 2019 Accountability Regulations (<c>ARR2019-default</c>), with the Disciplinary Regulations 2023, the
    /// Organisational Handling Provisions 2021 and the Cadre Selection Regulations 2019 Art. 24.
    /// </summary>
    public static RegulationPack Arr2019 => LazyArr2019.Value;

    /// <summary>The pack of the 2016 Accountability Regulations (2016 numbering), for cases decided before 2019-09-01.</summary>
    public static RegulationPack Arr2016 => LazyArr2016.Value;

    /// <summary>Every shipped pack: <see cref="Arr2019"/>, then <see cref="Arr2016"/>.</summary>
    public static IReadOnlyList<RegulationPack> All => [Arr2019, Arr2016];

    /// <summary>The JSON text of a shipped pack as embedded, by regulation version (<c>ARR2019</c>, <c>ARR2016</c>).</summary>
    internal static string Json(string version) => RegulationPackJson.ReadResource($"AccountabilityKit.Accountability.Packs.{version}.json");

    // Built-in packs are base packs: nothing to resolve.
    private static RegulationPack Load(string version) =>
        RegulationPackReader.TryRead(System.Text.Encoding.UTF8.GetBytes(Json(version)), null, static _ => null, out var pack, out var report) && pack is not null
            ? pack
            : throw new Validation.ValidationFailedException(report);
}
