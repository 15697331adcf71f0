using AccountabilityKit.People;
using NodaTime;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Validation;

namespace AccountabilityKit.EntityFrameworkCore.Accountability;

/// <summary>
/// One stored version of a regulation pack: its JSON document exactly as loaded, with the pack's identity
/// (<see cref="PackId"/>, <see cref="RegulationVersion"/>, <see cref="Extends"/>) in columns and a caller-given
/// <see cref="Revision"/> (a pack document carries no version of its own). A <see cref="RegulationPack"/> keeps no JSON,
/// so the version is made from the text (<see cref="From"/>, which loads and validates it in a catalog) and read back
/// through the package's own loader (<see cref="LoadInto"/>). Table <c>regulation_pack_version</c>, key (pack id, revision).
/// </summary>
public sealed record RegulationPackVersion
{
    private RegulationPackVersion(string packId, int revision, string regulationVersion, string title, string? extends, string json)
    {
        PackId = packId;
        Revision = revision;
        RegulationVersion = regulationVersion;
        Title = title;
        Extends = extends;
        Json = json;
    }

    /// <summary>The pack's id (e.g. <c>JS-2020</c>).</summary>
    public string PackId { get; }

    /// <summary>The revision of the pack's document, from 1; the caller numbers them.</summary>
    public int Revision { get; }

    /// <summary>The regulation version the pack implements (<c>ARR2019</c>, <c>ARR2016</c>).</summary>
    public string RegulationVersion { get; }

    /// <summary>The pack's title.</summary>
    public string Title { get; }

    /// <summary>The pack it extends, if any (it must be loaded before this one).</summary>
    public string? Extends { get; }

    /// <summary>The pack's JSON document, unchanged.</summary>
    public string Json { get; }

    /// <summary>Who stored this version: the save's explicit actor or the ambient one (<see cref="History.HistoryOptions.Actor"/>); filled on insert.</summary>
    public PersonId RecordedBy { get; }

    /// <summary>When this version was stored, from the context's <see cref="History.HistoryOptions.Clock"/> at the store's precision; filled on insert.</summary>
    public Instant RecordedAt { get; }

    /// <summary>
    /// Loads <paramref name="json"/> into <paramref name="catalog"/> (which validates it and resolves <c>extends</c>) and
    /// makes a version of it. On success the pack is in force in the catalog, as with <see cref="RegulationPackCatalog.Add"/>.
    /// </summary>
    /// <param name="catalog">The catalog holding the packs this one extends.</param>
    /// <param name="json">The pack document.</param>
    /// <param name="revision">The revision number, from 1.</param>
    /// <returns>The version to store.</returns>
    /// <exception cref="ValidationFailedException">The document is not a valid pack (every problem, with its JSON path), or
    /// <paramref name="revision"/> is below 1 (<c>AK043</c> at <c>revision</c>).</exception>
    public static RegulationPackVersion From(RegulationPackCatalog catalog, string json, int revision)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(json);
        if (revision < 1)
        {
            throw new ValidationFailedException(ValidationIssue.Error(VocabularyIssueCodes.InvalidJsonValue, nameof(revision), Catalog.Of(nameof(Messages.PackRevisionBelowOne), ("revision", revision))));
        }

        var pack = RegulationPackJson.Load(json, catalog);
        catalog.Add(pack);
        return new RegulationPackVersion(pack.Id, revision, pack.RegulationVersion, pack.Title, pack.Extends, json);
    }

    /// <summary>Loads the stored document into <paramref name="catalog"/> through the package's loader, validating it again.</summary>
    /// <param name="catalog">The catalog (holding the packs this one extends).</param>
    /// <returns>The loaded pack, now in force in the catalog.</returns>
    /// <exception cref="ValidationFailedException">The stored document is no longer a valid pack; the catalog is unchanged.</exception>
    public RegulationPack LoadInto(RegulationPackCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var pack = RegulationPackJson.Load(Json, catalog);
        catalog.Add(pack);
        return pack;
    }
}
