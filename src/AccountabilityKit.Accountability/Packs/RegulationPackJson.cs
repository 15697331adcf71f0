using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>
/// The regulation-pack document format: <c>Load</c> / <c>TryLoad</c> / <c>Save</c> and its JSON <see cref="Schema"/>, the
/// shape every document format of the kit has. A loaded pack is validated (every problem at once, with its JSON path),
/// then constructed; add it to a <see cref="RegulationPackCatalog"/> to put it in force. A local pack that
/// <c>extends</c> another is merged with its base, found in the catalog given (by default the built-in packs,
/// <see cref="BuiltInRegulationPacks"/>).
/// </summary>
public static class RegulationPackJson
{
    private static readonly Lazy<string> EmbeddedSchema = new(static () => ReadResource("AccountabilityKit.Accountability.Packs.regulation-pack.schema.json"));

    private static readonly Lazy<JsonTypeInfo<PackDocument>> WriteInfo = new(static () =>
    {
        var options = AccountabilityKitJson.CreateOptions(PackJsonContext.Default);
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.MakeReadOnly();
        return (JsonTypeInfo<PackDocument>)options.GetTypeInfo(typeof(PackDocument));
    });

    /// <summary>The published JSON Schema of the pack format (<c>Packs/Data/regulation-pack.schema.json</c>), for systems that produce packs outside .NET.</summary>
    public static string Schema => EmbeddedSchema.Value;

    /// <summary>Reads a pack whose base (if it <c>extends</c> one) is a built-in pack, or throws with every problem found.</summary>
    /// <param name="json">The pack document.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ValidationFailedException">The text is not a valid pack; its report lists every problem.</exception>
    public static RegulationPack Load(string json) =>
        TryLoad(json, out var pack, out var report) ? pack : throw new ValidationFailedException(report);

    /// <summary>Reads a pack whose base is found in <paramref name="basePacks"/>, or throws with every problem found.</summary>
    /// <param name="json">The pack document.</param>
    /// <param name="basePacks">The catalog holding the packs this one may extend.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ValidationFailedException">The text is not a valid pack, or its base is not in the catalog (<c>AC007</c>).</exception>
    public static RegulationPack Load(string json, RegulationPackCatalog basePacks) =>
        TryLoad(json, out var pack, out var report, basePacks) ? pack : throw new ValidationFailedException(report);

    /// <summary>Reads a pack from a UTF-8 stream (read to its end; its base, if any, a built-in pack), or throws with every problem found.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ValidationFailedException">The stream does not hold a valid pack (invalid UTF-8 is refused).</exception>
    public static RegulationPack Load(Stream utf8Json) =>
        Load(utf8Json, null);

    /// <summary>Reads a pack (its base, if any, a built-in pack) within <paramref name="limits"/>, or throws with every problem found.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="ValidationFailedException">The text is not valid within the limits; its report lists every problem.</exception>
    public static RegulationPack Load(string json, DocumentLimits? limits) =>
        TryLoad(json, limits, out var pack, out var report) ? pack : throw new ValidationFailedException(report);

    /// <summary>Reads a pack (its base, if any, a built-in pack) from a UTF-8 stream within <paramref name="limits"/> (the size is checked while reading), or throws with every problem found.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="ValidationFailedException">The stream does not hold a valid document within the limits.</exception>
    public static RegulationPack Load(Stream utf8Json, DocumentLimits? limits) =>
        TryLoad(utf8Json, limits, out var pack, out var report) ? pack : throw new ValidationFailedException(report);

    /// <summary>Reads a pack (its base, if any, a built-in pack) within <paramref name="limits"/> without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="pack">The value, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <returns>True when a value was read.</returns>
    public static bool TryLoad(string json, DocumentLimits? limits, [NotNullWhen(true)] out RegulationPack? pack, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        pack = null;
        return AccountabilityKitJson.TryEncode(json, limits ?? DocumentLimits.Default, out var bytes, out report)
            && TryLoadUtf8(bytes, out pack, out report, null, limits);
    }

    /// <summary>Reads a pack (its base, if any, a built-in pack) from a UTF-8 stream within <paramref name="limits"/> without throwing for bad input.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="pack">The value, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <returns>True when a value was read.</returns>
    public static bool TryLoad(Stream utf8Json, DocumentLimits? limits, [NotNullWhen(true)] out RegulationPack? pack, out ValidationReport report)
    {
        pack = null;
        return DocumentStreams.TryReadAll(utf8Json, limits, out var bytes, out report)
            && TryLoadUtf8(bytes.Span, out pack, out report, null, limits);
    }

    /// <summary>Reads a pack whose base (if it <c>extends</c> one) is a built-in pack, without throwing for bad input.</summary>
    /// <param name="json">The pack document.</param>
    /// <param name="pack">The pack, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <returns>True when <paramref name="pack"/> was read.</returns>
    public static bool TryLoad(string json, [NotNullWhen(true)] out RegulationPack? pack, out ValidationReport report)
        => TryLoad(json, null, out pack, out report);

    /// <summary>Reads a pack whose base is found in <paramref name="basePacks"/>, without throwing for bad input.</summary>
    /// <param name="json">The pack document.</param>
    /// <param name="pack">The pack, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <param name="basePacks">The catalog holding the packs this one may extend.</param>
    /// <returns>True when <paramref name="pack"/> was read.</returns>
    public static bool TryLoad(string json, [NotNullWhen(true)] out RegulationPack? pack, out ValidationReport report, RegulationPackCatalog basePacks)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(basePacks);
        pack = null;
        return AccountabilityKitJson.TryEncode(json, DocumentLimits.Default, out var bytes, out report)
            && TryLoadUtf8(bytes, out pack, out report, basePacks, null);
    }

    /// <summary>
    /// Writes a pack as indented JSON. A local pack is written merged (its base's entries included) and keeps its
    /// <c>extends</c>, so reading it back needs the same base and gives an equal pack.
    /// </summary>
    /// <param name="pack">The pack.</param>
    /// <returns>The JSON text.</returns>
    public static string Save(RegulationPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return AccountabilityKitJson.Write(ToDocument(pack), WriteInfo.Value);
    }

    /// <summary>Writes a pack as indented JSON (UTF-8, no BOM) to a stream.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="utf8Json">The stream.</param>
    public static void Save(RegulationPack pack, Stream utf8Json) => DocumentStreams.Write(Save(pack), utf8Json);

    /// <summary>Generates the schema from the pack format's types (a test keeps the shipped file equal to it).</summary>
    /// <returns>The schema, indented.</returns>
    internal static string GenerateSchema()
    {
        var node = JsonSchemaExporter.GetJsonSchemaAsNode(RegulationPackReader.Options, typeof(PackDocument), new JsonSchemaExporterOptions { TransformSchemaNode = KitJsonSchema.Describe });
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>The text of an embedded resource of the package.</summary>
    internal static string ReadResource(string name)
    {
        using var stream = typeof(RegulationPackJson).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static bool TryLoadUtf8(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out RegulationPack? pack, out ValidationReport report, RegulationPackCatalog? basePacks, DocumentLimits? limits)
    {
        Func<string, RegulationPack?> findBase = basePacks is null
            ? static id => BuiltInRegulationPacks.All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal))
            : id => basePacks.TryGet(id, out var found) ? found : null;
        return RegulationPackReader.TryRead(utf8Json, limits, findBase, out pack, out report) && pack is not null;
    }

    private static PackDocument ToDocument(RegulationPack p) => new()
    {
        FormatVersion = RegulationPackReader.SupportedFormatVersion,
        Id = p.Id,
        RegulationVersion = p.RegulationVersion,
        Title = p.Title,
        Extends = p.Extends,
        Forms = [.. p.Forms.Select(static e => new FormDto { Id = e.Id, Citation = e.Citation.ToString(), Status = e.Status, Note = e.Note, SubjectKind = e.SubjectKind, Form = e.Form, Severity = e.Severity, Harm = e.Harm })],
        Authorities = [.. p.Authorities.Select(static e => new AuthorityDto { Id = e.Id, Citation = e.Citation.ToString(), Status = e.Status, Note = e.Note, AuthorityKind = e.AuthorityKind, SubjectKind = e.SubjectKind, Form = e.Form, Power = e.Power })],
        Circumstances = [.. p.Circumstances.Select(static e => new CircumstanceDto { Id = e.Id, Citation = e.Citation.ToString(), Status = e.Status, Note = e.Note, Circumstance = e.Circumstance })],
        Modifiers = [.. p.Modifiers.Select(static e => new ModifierDto { Id = e.Id, Citation = e.Citation.ToString(), Status = e.Status, Note = e.Note, Kind = e.Kind, Effect = e.Effect })],
        TimeLimits = [.. p.TimeLimits.Select(static e => new TimeLimitDto { Id = e.Id, Citation = e.Citation.ToString(), Status = e.Status, Note = e.Note, Step = e.Step, From = e.From, Months = e.Months, Days = e.Days })],
        InfluencePeriods = [.. p.InfluencePeriods.Select(static e => new InfluencePeriodDto { Id = e.Id, Citation = e.Citation.ToString(), Status = e.Status, Note = e.Note, Form = e.Form, Adjustment = e.Adjustment, Sanction = e.Sanction, Effect = e.Effect, Months = e.Months })],
        FourForms = [.. p.FourForms.Select(static e => new FourFormsDto { Id = e.Id, Citation = e.Citation.ToString(), Status = e.Status, Note = e.Note, Measure = e.Measure, Form = e.Form })],
    };
}
