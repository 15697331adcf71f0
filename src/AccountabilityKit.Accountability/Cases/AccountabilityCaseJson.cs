using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>
/// The accountability-case document format: <c>Load</c> / <c>TryLoad</c> / <c>Save</c> and its JSON <see cref="Schema"/>, the
/// shape every document format of the kit has. Reads and writes <see cref="AccountabilityCase"/> as strict JSON (camelCase, enums as camelCase strings, dates as
/// ISO <c>2021-05-10</c>, unknown and missing required properties rejected). The paths of shape errors and of
/// <see cref="AccountabilityRules"/> issues are the same, e.g. <c>$.cadres[0].forms[1]</c>. Loading checks the document;
/// whether the case is right under the regulations is <see cref="AccountabilityRules.Validate(AccountabilityCase)"/>'s
/// question, asked against a regulation pack.
/// </summary>
public static class AccountabilityCaseJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();
    private static readonly JsonTypeInfo<AccountabilityCase> CaseInfo = (JsonTypeInfo<AccountabilityCase>)Options.GetTypeInfo(typeof(AccountabilityCase));
    private static readonly Lazy<string> Embedded = new(() =>
    {
        using var stream = typeof(AccountabilityCaseJson).Assembly.GetManifestResourceStream("AccountabilityKit.Accountability.Cases.accountability-case.schema.json")
            ?? throw new InvalidOperationException("The embedded case schema is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The JSON Schema of the case format shipped with the package.</summary>
    public static string Schema => Embedded.Value;

    /// <summary>Reads a case, or throws with every problem found.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ValidationFailedException">The text is not a case; its report lists every problem with its JSON path.</exception>
    public static AccountabilityCase Load(string json) =>
        TryLoad(json, out var @case, out var report) ? @case : throw new ValidationFailedException(report);

    /// <summary>Reads a case from a UTF-8 stream (read to its end), or throws with every problem found.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ValidationFailedException">The stream does not hold a case (invalid UTF-8 is refused).</exception>
    public static AccountabilityCase Load(Stream utf8Json) =>
        Load(utf8Json, null);

    /// <summary>Reads a case within <paramref name="limits"/>, or throws with every problem found.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="ValidationFailedException">The text is not valid within the limits; its report lists every problem.</exception>
    public static AccountabilityCase Load(string json, DocumentLimits? limits) =>
        TryLoad(json, limits, out var @case, out var report) ? @case : throw new ValidationFailedException(report);

    /// <summary>Reads a case from a UTF-8 stream within <paramref name="limits"/> (the size is checked while reading), or throws with every problem found.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="ValidationFailedException">The stream does not hold a valid document within the limits.</exception>
    public static AccountabilityCase Load(Stream utf8Json, DocumentLimits? limits) =>
        TryLoad(utf8Json, limits, out var @case, out var report) ? @case : throw new ValidationFailedException(report);

    /// <summary>Reads a case within <paramref name="limits"/> without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="case">The value, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <returns>True when a value was read.</returns>
    public static bool TryLoad(string json, DocumentLimits? limits, [NotNullWhen(true)] out AccountabilityCase? @case, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        @case = null;
        return AccountabilityKitJson.TryEncode(json, limits ?? DocumentLimits.Default, out var bytes, out report)
            && AccountabilityKitJson.TryRead(bytes, CaseInfo, limits, out @case, out report);
    }

    /// <summary>Reads a case from a UTF-8 stream within <paramref name="limits"/> without throwing for bad input.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="case">The value, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <returns>True when a value was read.</returns>
    public static bool TryLoad(Stream utf8Json, DocumentLimits? limits, [NotNullWhen(true)] out AccountabilityCase? @case, out ValidationReport report)
    {
        @case = null;
        return DocumentStreams.TryReadAll(utf8Json, limits, out var bytes, out report)
            && AccountabilityKitJson.TryRead(bytes.Span, CaseInfo, limits, out @case, out report);
    }

    /// <summary>Reads a case without throwing for bad input; shape errors (codes AK040–AK044) name their JSON path.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="case">The case, when the text is one; never a half-built one.</param>
    /// <param name="report">The problems found (empty when read).</param>
    /// <returns>True when <paramref name="case"/> was read.</returns>
    public static bool TryLoad(string json, [NotNullWhen(true)] out AccountabilityCase? @case, out ValidationReport report)
        => TryLoad(json, null, out @case, out report);

    /// <summary>Writes a case as indented JSON; <see cref="Load(string)"/> reads it back.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The JSON text.</returns>
    public static string Save(AccountabilityCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return AccountabilityKitJson.Write(@case, CaseInfo);
    }

    /// <summary>Writes a case as indented JSON (UTF-8, no BOM) to a stream.</summary>
    /// <param name="case">The case.</param>
    /// <param name="utf8Json">The stream.</param>
    public static void Save(AccountabilityCase @case, Stream utf8Json) => DocumentStreams.Write(Save(@case), utf8Json);

    /// <summary>Generates the schema from the case types (a test keeps the shipped file equal to it).</summary>
    internal static string GenerateSchema()
    {
        var node = JsonSchemaExporter.GetJsonSchemaAsNode(Options, typeof(AccountabilityCase), new JsonSchemaExporterOptions { TransformSchemaNode = KitJsonSchema.Describe });
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = AccountabilityKitJson.CreateOptions(CaseJsonContext.Default);
        options.MakeReadOnly();
        return options;
    }
}
