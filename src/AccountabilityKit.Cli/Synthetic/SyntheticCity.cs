using System.Globalization;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.Cli.Synthetic;

/// <summary>
/// A deterministic synthetic city (江海市): county-level committees with townships, city departments, their cadres,
/// tailored checklists (some copied or defective on purpose), findings with rectification, bonus claims and
/// accountability cases. The same seed gives the same city.
/// </summary>
internal sealed class SyntheticCity
{
    public required OrgTree Tree { get; init; }

    public required IReadOnlyList<Cadre> Cadres { get; init; }

    public required IReadOnlyList<ResponsibilityChecklist> Checklists { get; init; }

    /// <summary>What was planted in which checklist, so the demo can say what the checks should catch.</summary>
    public required IReadOnlyDictionary<string, Localization.Message> Planted { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }

    public required IReadOnlyList<(OrgUnitId Unit, AssessmentQuarter Quarter, BonusClaim Claim)> Bonuses { get; init; }

    public required IReadOnlyList<AccountabilityCase> Cases { get; init; }

    public required IReadOnlyList<ScoringRuleSet> RuleSets { get; init; }

    public required int FirstYear { get; init; }

    public required int LastYear { get; init; }

    /// <summary>The id of the city committee, the root of the tree.</summary>
    public const string CityId = "JH";

    /// <summary>Builds the city: <paramref name="counties"/> county-level committees with three townships each, <paramref name="departments"/> city departments.</summary>
    public static SyntheticCity Build(int seed, int counties, int departments, int firstYear, int lastYear) =>
        new SyntheticCityBuilder(seed).Create(counties, departments, firstYear, lastYear);

    /// <summary>The template a unit's lists follow.</summary>
    public static ChecklistTemplate TemplateFor(UnitKind kind) =>
        kind == UnitKind.County ? BuiltInTemplates.CountyCommittee2021 : BuiltInTemplates.CityDepartment2021;
}
