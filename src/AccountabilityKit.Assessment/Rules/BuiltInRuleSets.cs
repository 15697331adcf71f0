namespace AccountabilityKit.Assessment.Rules;

/// <summary>
/// The scoring rule sets shipped with the package (examples to start from, also under
/// <c>src/AccountabilityKit.Assessment/Examples/</c>), the shape every package's shipped defaults have: one static
/// property per default, loaded on first use through <see cref="ScoringRuleSetJson"/> (validated like any other
/// document), immutable and shared, plus <see cref="All"/>. <see cref="ScoringRuleSetJson.Save(ScoringRuleSet)"/> gives a
/// default's JSON document, e.g. to adapt it to another year.
/// </summary>
public static class BuiltInRuleSets
{
    private static readonly Lazy<ScoringRuleSet> LazyCounty = new(static () => ScoringRuleSetJson.Load(Json("county-level-2026.json")));
    private static readonly Lazy<ScoringRuleSet> LazyCityDepartments = new(static () => ScoringRuleSetJson.Load(Json("city-departments-2026.json")));

    /// <summary>County-level Party committees (县（市、区）委), 2026: id <c>county-level</c>, 100-point scale, grades 好/较好/一般/差, at most 20 % 好.</summary>
    public static ScoringRuleSet CountyLevel2026 => LazyCounty.Value;

    /// <summary>City departments and city-owned enterprises (市级部门、市属国有企业), 2026: id <c>city-departments</c>, grades 优秀/良好/合格/不合格.</summary>
    public static ScoringRuleSet CityDepartments2026 => LazyCityDepartments.Value;

    /// <summary>Every shipped rule set, in the order of the properties above.</summary>
    public static IReadOnlyList<ScoringRuleSet> All => [CountyLevel2026, CityDepartments2026];

    /// <summary>The JSON text of a shipped rule set as embedded, e.g. <c>county-level-2026.json</c> (for tests).</summary>
    internal static string Json(string fileName) => ScoringRuleSetJson.ReadResource("AccountabilityKit.Assessment.Examples." + fileName);
}
