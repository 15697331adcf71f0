using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>
/// Reads and writes <see cref="AccountabilityCase"/> as strict JSON (camelCase, enums as camelCase strings, dates as
/// ISO <c>2021-05-10</c>, unknown and missing required properties rejected). The paths of shape errors and of
/// <see cref="AccountabilityRules"/> issues are the same, e.g. <c>$.cadres[0].forms[1]</c>.
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

    /// <summary>Reads a case; shape errors (codes AK040–AK044) name their JSON path.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="case">The case, or null.</param>
    /// <param name="report">The problems found.</param>
    /// <returns>True when the text is a case.</returns>
    public static bool TryRead(string json, [NotNullWhen(true)] out AccountabilityCase? @case, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        return AccountabilityKitJson.TryRead(json, CaseInfo, out @case, out report);
    }

    /// <summary>Reads a case.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ValidationFailedException">The text is not a case.</exception>
    public static AccountabilityCase Read(string json) =>
        TryRead(json, out var @case, out var report) ? @case : throw new ValidationFailedException(report);

    /// <summary>Writes a case as indented JSON.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(AccountabilityCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return AccountabilityKitJson.Write(@case, CaseInfo);
    }

    /// <summary>Generates the schema from the case types (a test keeps the shipped file equal to it).</summary>
    internal static string GenerateSchema()
    {
        var node = JsonSchemaExporter.GetJsonSchemaAsNode(Options, typeof(AccountabilityCase));
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = AccountabilityKitJson.CreateOptions(CaseJsonContext.Default);
        options.MakeReadOnly();
        return options;
    }
}
