namespace AccountabilityKit.TestSupport;

/// <summary>
/// The scoring rule set the Assessment and Hosting tests share: base 100, floor 60, rounding to one decimal away from
/// zero; political 1/2/5 (cap 10, PCR2020 Art. 6), workStyle 0.5/1/3 (cap 4); repeat ×1.5; overdue 1 per item (cap 2);
/// bonuses innovation 2 (cap 4), selfFound 1.5 (cap 3), all bonuses cap 5; vetoes: serious political finding, event
/// secretarySanctioned; bands 好 ≥90 (quota 0.5), 较好 80–90, 一般 70–80, 差 0–70; annual 0.25×4, routine 0.3 / year-end
/// 0.7, reweight.
/// </summary>
public static class TestRuleSets
{
    /// <summary>The rule set's JSON text.</summary>
    public const string Json = """
        {
          "id": "test", "version": "1", "name": "测试规则",
          "effectiveFrom": "2026Q1", "effectiveTo": "2026Q4",
          "baseScore": 100, "floor": 60,
          "rounding": { "decimals": 1, "mode": "awayFromZero" },
          "unitGroups": [ { "id": "county", "name": "县（市、区）", "unitKinds": ["county"] },
                          { "id": "dept", "name": "市级部门", "unitKinds": ["cityDepartment"] } ],
          "categories": [
            { "code": "political", "name": "政治纪律和政治规矩", "deductions": { "minor": 1, "general": 2, "serious": 5 }, "cap": 10, "citation": "PCR2020 Art. 6" },
            { "code": "workStyle", "name": "作风建设", "deductions": { "minor": 0.5, "general": 1, "serious": 3 }, "cap": 4 }
          ],
          "repeat": { "factor": 1.5 },
          "overdue": { "perItem": 1, "cap": 2 },
          "bonuses": [ { "id": "innovation", "name": "创新", "points": 2, "cap": 4 },
                       { "id": "selfFound", "name": "自查自纠", "points": 1.5, "cap": 3 } ],
          "bonusCap": 5,
          "vetoes": [ { "id": "seriousPolitical", "name": "严重违反政治纪律", "categories": ["political"], "minSeverity": "serious" },
                      { "id": "sanctioned", "name": "主要负责人受处分", "events": ["secretarySanctioned"] } ],
          "gradeBands": [
            { "grade": "excellent", "name": "好", "minScore": 90, "quota": 0.5 },
            { "grade": "good", "name": "较好", "minScore": 80, "maxScore": 90 },
            { "grade": "fair", "name": "一般", "minScore": 70, "maxScore": 80 },
            { "grade": "poor", "name": "差", "minScore": 0, "maxScore": 70 }
          ],
          "annual": { "quarterWeights": [0.25, 0.25, 0.25, 0.25], "routineWeight": 0.3, "yearEndWeight": 0.7, "missingQuarters": "reweight" }
        }
        """;
}
