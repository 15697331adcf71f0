using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using AccountabilityKit.Organization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>
/// A year's scoring rules (评分规则) as data: loaded from JSON, validated on load (every problem at once, with its JSON path),
/// immutable afterwards and safe to share between threads.
/// </summary>
public sealed class ScoringRuleSet
{
    /// <summary>The manifest name of the embedded JSON Schema of the format.</summary>
    internal const string SchemaResourceName = "AccountabilityKit.Assessment.scoring-rule-set.schema.json";

    private readonly FrozenDictionary<string, ScoringCategory> _categories;
    private readonly FrozenDictionary<string, BonusRule> _bonuses;
    private readonly FrozenDictionary<UnitKind, UnitGroup> _groupsByKind;

    private ScoringRuleSet(ScoringRuleSetDocument d)
    {
        Id = d.Id;
        Version = d.Version;
        Name = d.Name;
        Description = d.Description;
        EffectiveFrom = d.EffectiveFrom;
        EffectiveTo = d.EffectiveTo;
        BaseScore = d.BaseScore;
        Floor = d.Floor;
        RoundingDecimals = d.Rounding.Decimals;
        RoundingMode = d.Rounding.Mode;
        UnitGroups = d.UnitGroups.Select(g => new UnitGroup(g.Id, g.Name, g.UnitKinds.ToArray())).ToArray();
        Categories = d.Categories.Select(c => new ScoringCategory(c.Code, c.Name, new SeverityDeductions(c.Deductions.Minor, c.Deductions.General, c.Deductions.Serious), c.Cap, c.Citation)).ToArray();
        RepeatFactor = d.Repeat.Factor;
        OverduePerItem = d.Overdue.PerItem;
        OverdueCap = d.Overdue.Cap;
        Bonuses = d.Bonuses.Select(b => new BonusRule(b.Id, b.Name, b.Points, b.Cap)).ToArray();
        BonusCap = d.BonusCap;
        Vetoes = d.Vetoes.Select(v => new VetoRule(v.Id, v.Name, (v.Categories ?? []).ToArray(), v.MinSeverity, (v.Events ?? []).ToArray(), v.Citation)).ToArray();
        GradeBands = d.GradeBands.Select(b => new GradeBand(b.Grade, b.Name, b.MinScore, b.MaxScore, b.Quota)).OrderByDescending(b => b.MinScore).ToArray();
        Annual = new AnnualRule(d.Annual.QuarterWeights.ToArray(), d.Annual.RoutineWeight, d.Annual.YearEndWeight, d.Annual.MissingQuarters);
        FollowUp = d.FollowUp is { } f ? new EscalationPolicy(f.ReminderTalkAfterOverdueDays, f.LetterToLeaderSources.Distinct().ToArray()) : EscalationPolicy.Default;
        _categories = Categories.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        _bonuses = Bonuses.ToFrozenDictionary(b => b.Id, StringComparer.Ordinal);
        _groupsByKind = UnitGroups.SelectMany(g => g.UnitKinds.Select(k => (k, g))).ToFrozenDictionary(p => p.k, p => p.g);
    }

    /// <summary>The rule set's id.</summary>
    public string Id { get; }

    /// <summary>Its version.</summary>
    public string Version { get; }

    /// <summary>Its display name.</summary>
    public string Name { get; }

    /// <summary>An optional description.</summary>
    public string? Description { get; }

    /// <summary>The first quarter it applies to.</summary>
    public AssessmentQuarter EffectiveFrom { get; }

    /// <summary>The last quarter it applies to.</summary>
    public AssessmentQuarter EffectiveTo { get; }

    /// <summary>The score every unit starts from (e.g. 100).</summary>
    public decimal BaseScore { get; }

    /// <summary>The lowest total before bonuses (deductions stop there).</summary>
    public decimal Floor { get; }

    /// <summary>The number of decimals the total keeps.</summary>
    public int RoundingDecimals { get; }

    /// <summary>How the total is rounded (a midpoint rule, or a directed mode such as <see cref="MidpointRounding.ToZero"/>).</summary>
    public MidpointRounding RoundingMode { get; }

    /// <summary>The unit groups, scored and ranked separately.</summary>
    public IReadOnlyList<UnitGroup> UnitGroups { get; }

    /// <summary>The finding categories with deductions and caps.</summary>
    public IReadOnlyList<ScoringCategory> Categories { get; }

    /// <summary>The factor a finding's deduction is multiplied by when its category had a finding in the unit's previous quarter.</summary>
    public decimal RepeatFactor { get; }

    /// <summary>Points deducted per finding whose rectification missed its deadline.</summary>
    public decimal OverduePerItem { get; }

    /// <summary>The most points overdue rectifications deduct in one quarter.</summary>
    public decimal OverdueCap { get; }

    /// <summary>The bonus items.</summary>
    public IReadOnlyList<BonusRule> Bonuses { get; }

    /// <summary>The most points all bonuses together add in one quarter.</summary>
    public decimal BonusCap { get; }

    /// <summary>The one-vote vetoes.</summary>
    public IReadOnlyList<VetoRule> Vetoes { get; }

    /// <summary>The grade bands, top band first.</summary>
    public IReadOnlyList<GradeBand> GradeBands { get; }

    /// <summary>The lowest grade band (the one a veto forces).</summary>
    public GradeBand LowestBand => GradeBands[^1];

    /// <summary>The annual roll-up rule.</summary>
    public AnnualRule Annual { get; }

    /// <summary>The follow-up escalation policy (<see cref="EscalationPolicy.Default"/> when the rule set has no <c>followUp</c> section).</summary>
    public EscalationPolicy FollowUp { get; }

    /// <summary>The JSON Schema of the rule-set format (draft 2020-12 compatible, generated from the format's types).</summary>
    public static string JsonSchema => ReadSchemaResource();

    /// <summary>Loads and validates a rule set; throws <see cref="ValidationFailedException"/> with every problem.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rule set.</returns>
    public static ScoringRuleSet Load(string json) =>
        TryLoad(json, out var set, out var report) ? set : throw new ValidationFailedException(report);

    /// <summary>Loads and validates a rule set.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="ruleSet">The rule set, when valid.</param>
    /// <param name="report">Every problem found (shape errors first stop reading; semantic errors are all reported).</param>
    /// <returns>True when the rule set is valid.</returns>
    public static bool TryLoad(string json, [NotNullWhen(true)] out ScoringRuleSet? ruleSet, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        ruleSet = null;
        if (!AccountabilityKitJson.TryRead(json, DocumentTypeInfo, out var document, out report))
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

    /// <summary>Loads one of the example rule sets shipped in the package.</summary>
    /// <param name="example">Which example.</param>
    /// <returns>The rule set.</returns>
    public static ScoringRuleSet LoadExample(ExampleRuleSet example) => Load(ExampleJson(example));

    /// <summary>The JSON text of a shipped example rule set.</summary>
    /// <param name="example">Which example.</param>
    /// <returns>The JSON text.</returns>
    public static string ExampleJson(ExampleRuleSet example)
    {
        var name = example switch
        {
            ExampleRuleSet.CountyLevel => "AccountabilityKit.Assessment.Examples.county-level-2026.json",
            ExampleRuleSet.CityDepartments => "AccountabilityKit.Assessment.Examples.city-departments-2026.json",
            _ => throw new ArgumentOutOfRangeException(nameof(example), example, "Unknown example."),
        };
        return ReadResource(name);
    }

    /// <summary>True when <paramref name="quarter"/> is inside the effective period.</summary>
    /// <param name="quarter">The quarter.</param>
    /// <returns>Whether the rules apply to it.</returns>
    public bool Covers(AssessmentQuarter quarter) => quarter >= EffectiveFrom && quarter <= EffectiveTo;

    /// <summary>Finds a category by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="category">The category, if defined.</param>
    /// <returns>Whether it is defined.</returns>
    public bool TryGetCategory(string code, [NotNullWhen(true)] out ScoringCategory? category) => _categories.TryGetValue(code, out category);

    /// <summary>Finds a bonus item by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="bonus">The bonus item, if defined.</param>
    /// <returns>Whether it is defined.</returns>
    public bool TryGetBonus(string id, [NotNullWhen(true)] out BonusRule? bonus) => _bonuses.TryGetValue(id, out bonus);

    /// <summary>Finds the unit group of a unit kind.</summary>
    /// <param name="kind">The unit kind.</param>
    /// <param name="group">The group, if the kind belongs to one.</param>
    /// <returns>Whether it does.</returns>
    public bool TryGetGroup(UnitKind kind, [NotNullWhen(true)] out UnitGroup? group) => _groupsByKind.TryGetValue(kind, out group);

    /// <summary>The grade band holding <paramref name="score"/> (the lowest band for scores below every band).</summary>
    /// <param name="score">A rounded total.</param>
    /// <returns>The band.</returns>
    public GradeBand BandFor(decimal score)
    {
        foreach (var band in GradeBands)
        {
            if (band.Holds(score))
            {
                return band;
            }
        }

        return score >= GradeBands[0].MinScore ? GradeBands[0] : LowestBand;
    }

    /// <summary>Rounds a score as the rule set says.</summary>
    /// <param name="score">The unrounded score.</param>
    /// <returns>The rounded score.</returns>
    public decimal Round(decimal score) => Math.Round(score, RoundingDecimals, RoundingMode);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Version} ({EffectiveFrom}..{EffectiveTo})";

    /// <summary>Generates the JSON Schema from the format's types (the committed schema file must equal it).</summary>
    internal static JsonNode GenerateSchema()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = static (context, node) =>
            {
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

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<ScoringRuleSetDocument> DocumentTypeInfo =>
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ScoringRuleSetDocument>)AssessmentJsonContext.StrictOptions.GetTypeInfo(typeof(ScoringRuleSetDocument));

    private static string ReadSchemaResource() => ReadResource(SchemaResourceName);

    private static string ReadResource(string name)
    {
        using var stream = typeof(ScoringRuleSet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
