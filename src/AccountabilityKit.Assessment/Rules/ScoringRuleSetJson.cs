using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Serialization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>
/// The scoring-rule-set document format (评分规则): <c>Load</c> / <c>TryLoad</c> / <c>Save</c> and its JSON <see cref="Schema"/>,
/// the shape every document format of the kit has. Reading is strict (camelCase; unknown or missing properties are
/// <c>AK041</c>/<c>AK042</c> and stop reading), then every semantic problem is reported at once with its JSON path; a
/// loaded rule set is validated, then constructed, and is immutable and safe to share between threads.
/// </summary>
public static class ScoringRuleSetJson
{
    private const string SchemaResourceName = "AccountabilityKit.Assessment.scoring-rule-set.schema.json";

    private static readonly Lazy<string> EmbeddedSchema = new(static () => ReadResource(SchemaResourceName));

    /// <summary>The published JSON Schema of the rule-set format (draft 2020-12, generated from the format's types; the file shipped in the package).</summary>
    public static string Schema => EmbeddedSchema.Value;

    private static JsonTypeInfo<ScoringRuleSetDocument> DocumentInfo =>
        (JsonTypeInfo<ScoringRuleSetDocument>)AssessmentJsonContext.StrictOptions.GetTypeInfo(typeof(ScoringRuleSetDocument));

    private static JsonTypeInfo<ScoringRuleSetDocument> WriteInfo =>
        (JsonTypeInfo<ScoringRuleSetDocument>)AssessmentJsonContext.WriteOptions.GetTypeInfo(typeof(ScoringRuleSetDocument));

    /// <summary>Reads a rule set, or throws with every problem found.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ValidationFailedException">The text is not a valid rule set; its report lists every problem.</exception>
    public static ScoringRuleSet Load(string json) =>
        TryLoad(json, out var set, out var report) ? set : throw new ValidationFailedException(report);

    /// <summary>Reads a rule set from a UTF-8 stream (read to its end), or throws with every problem found.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ValidationFailedException">The stream does not hold a valid rule set (invalid UTF-8 is refused).</exception>
    public static ScoringRuleSet Load(Stream utf8Json) =>
        Load(utf8Json, null);

    /// <summary>Reads a rule set within <paramref name="limits"/>, or throws with every problem found.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="ValidationFailedException">The text is not valid within the limits; its report lists every problem.</exception>
    public static ScoringRuleSet Load(string json, DocumentLimits? limits) =>
        TryLoad(json, limits, out var ruleSet, out var report) ? ruleSet : throw new ValidationFailedException(report);

    /// <summary>Reads a rule set from a UTF-8 stream within <paramref name="limits"/> (the size is checked while reading), or throws with every problem found.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="ValidationFailedException">The stream does not hold a valid document within the limits.</exception>
    public static ScoringRuleSet Load(Stream utf8Json, DocumentLimits? limits) =>
        TryLoad(utf8Json, limits, out var ruleSet, out var report) ? ruleSet : throw new ValidationFailedException(report);

    /// <summary>Reads a rule set within <paramref name="limits"/> without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="ruleSet">The value, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <returns>True when a value was read.</returns>
    public static bool TryLoad(string json, DocumentLimits? limits, [NotNullWhen(true)] out ScoringRuleSet? ruleSet, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        ruleSet = null;
        return AccountabilityKitJson.TryEncode(json, limits ?? DocumentLimits.Default, out var bytes, out report)
            && TryLoadUtf8(bytes, limits, out ruleSet, out report);
    }

    /// <summary>Reads a rule set from a UTF-8 stream within <paramref name="limits"/> without throwing for bad input.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="ruleSet">The value, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <returns>True when a value was read.</returns>
    public static bool TryLoad(Stream utf8Json, DocumentLimits? limits, [NotNullWhen(true)] out ScoringRuleSet? ruleSet, out ValidationReport report)
    {
        ruleSet = null;
        return DocumentStreams.TryReadAll(utf8Json, limits, out var bytes, out report)
            && TryLoadUtf8(bytes.Span, limits, out ruleSet, out report);
    }

    /// <summary>Reads a rule set without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="ruleSet">The rule set, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (shape errors stop reading; semantic errors are all reported).</param>
    /// <returns>True when <paramref name="ruleSet"/> was read.</returns>
    public static bool TryLoad(string json, [NotNullWhen(true)] out ScoringRuleSet? ruleSet, out ValidationReport report)
        => TryLoad(json, null, out ruleSet, out report);

    /// <summary>Writes a rule set as indented JSON; <see cref="Load(string)"/> reads it back to an equal rule set.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The JSON text.</returns>
    public static string Save(ScoringRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return AccountabilityKitJson.Write(ToDocument(ruleSet), WriteInfo);
    }

    /// <summary>Writes a rule set as indented JSON (UTF-8, no BOM) to a stream.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="utf8Json">The stream.</param>
    public static void Save(ScoringRuleSet ruleSet, Stream utf8Json) => DocumentStreams.Write(Save(ruleSet), utf8Json);

    /// <summary>Generates the JSON Schema from the format's types (the committed schema file must equal it).</summary>
    internal static JsonNode GenerateSchema()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = static (context, node) =>
            {
                node = KitJsonSchema.Describe(context, node);

                // Value types written as text by the vocabulary's converters: describe their text form.
                var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
                var nullable = type != context.TypeInfo.Type;
                if (type == typeof(AssessmentQuarter))
                {
                    return new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}Q[1-4]$", ["description"] = "A quarter, e.g. 2026Q1." };
                }

                if (type == typeof(Citations.Citation))
                {
                    return new JsonObject { ["type"] = nullable ? new JsonArray("string", "null") : "string", ["description"] = "A citation, e.g. \"PCR2020 Art. 6\" or \"ARR2019 Art. 7 item 9\"." };
                }

                return node;
            },
        };
        var schema = AssessmentJsonContext.StrictOptions.GetJsonSchemaAsNode(typeof(ScoringRuleSetDocument), exporterOptions);
        if (schema is JsonObject root)
        {
            root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
            root.Insert(1, "title", "AccountabilityKit scoring rule set (评分规则)");
        }

        return schema;
    }

    /// <summary>The text of an embedded resource of the package.</summary>
    internal static string ReadResource(string name)
    {
        using var stream = typeof(ScoringRuleSetJson).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static bool TryLoadUtf8(ReadOnlySpan<byte> utf8Json, DocumentLimits? limits, [NotNullWhen(true)] out ScoringRuleSet? ruleSet, out ValidationReport report)
    {
        ruleSet = null;
        if (!AccountabilityKitJson.TryRead(utf8Json, DocumentInfo, limits, out var document, out report))
        {
            return false;
        }

        report = ScoringRuleSetValidator.Validate(document);
        if (!report.IsValid)
        {
            return false;
        }

        ruleSet = new ScoringRuleSet(document);
        return true;
    }

    private static ScoringRuleSetDocument ToDocument(ScoringRuleSet r) => new(
        r.Id,
        r.Version,
        r.Name,
        r.EffectiveFrom,
        r.EffectiveTo,
        r.BaseScore,
        r.Floor,
        new RoundingDocument(r.RoundingDecimals, r.RoundingMode),
        [.. r.UnitGroups.Select(static g => new UnitGroupDocument(g.Id, g.Name, [.. g.UnitKinds]))],
        [.. r.Categories.Select(static c => new CategoryDocument(c.Code, c.Name, new DeductionsDocument(c.Deductions.Minor, c.Deductions.General, c.Deductions.Serious), c.Cap, c.Citation))],
        new RepeatDocument(r.RepeatFactor),
        new OverdueDocument(r.OverduePerItem, r.OverdueCap),
        [.. r.Bonuses.Select(static b => new BonusDocument(b.Id, b.Name, b.Points, b.Cap))],
        r.BonusCap,
        [.. r.Vetoes.Select(static v => new VetoDocument(
            v.Id,
            v.Name,
            v.CategoryCodes.Count == 0 ? null : [.. v.CategoryCodes],
            v.MinSeverity,
            v.Events.Count == 0 ? null : [.. v.Events],
            v.Citation))],
        [.. r.GradeBands.Select(static b => new GradeBandDocument(b.Grade, b.Name, b.MinScore, b.MaxScore, b.Quota))],
        new AnnualDocument([.. r.Annual.QuarterWeights], r.Annual.RoutineWeight, r.Annual.YearEndWeight, r.Annual.MissingQuarters),
        new FollowUpDocument(r.FollowUp.ReminderTalkAfterOverdueDays, [.. r.FollowUp.LetterToLeaderSources]),
        r.Description,
        new QuotaRuleDocument(r.Quotas.Rounding, r.Quotas.AtLeastOne));
}
