using System.Text.Json.Nodes;
using AccountabilityKit.Assessment.Annual;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.FollowUp;
using AccountabilityKit.Assessment.Inspections;
using AccountabilityKit.Assessment.Rankings;
using AccountabilityKit.Assessment.Review;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Assessment.Tests.TestSupport;
using AccountabilityKit.Assessment.WhatIf;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.TestSupport;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests;

/// <summary>
/// Every bad input the package's tests use and every explaining text it produces, rendered in both cultures: the zh-CN text
/// has no English word, the English text no Han character outside quoted user data.
/// </summary>
public class MessageCorpusTests
{
    [Fact]
    public void Corpus_InChinese_HasNoEnglishWords()
    {
        foreach (var (where, message) in Corpus())
        {
            var text = message.Render(MessageCatalog.Chinese);
            MessageText.EnglishWords(text).Should().BeEmpty("{0} ({1}) renders in zh-CN as \"{2}\"", where, message.Id, text);
        }
    }

    [Fact]
    public void Corpus_InEnglish_HasNoHanCharacters()
    {
        foreach (var (where, message) in Corpus())
        {
            var text = message.Render(MessageCatalog.English);
            MessageText.HanCharacters(text).Should().BeEmpty("{0} ({1}) renders in English as \"{2}\"", where, message.Id, text);
        }
    }

    [Fact]
    public void Corpus_UsesEveryMessageOfTheCatalogue()
    {
        var used = Corpus().SelectMany(p => WithNested(p.Message)).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);

        // The strict JSON reader refuses an undefined rounding mode or missing-quarter policy before the validator could see it.
        var elsewhere = new[] { "Assessment.RoundingModeUndefined", "Assessment.MissingQuarterPolicyUndefined" };
        Catalog.Instance.Ids.Except(used).Except(elsewhere).Should().BeEmpty("every message of the catalogue is produced by some input of this corpus");
    }

    private static IEnumerable<Message> WithNested(Message message)
    {
        yield return message;
        foreach (var argument in message.Arguments)
        {
            if (argument.Value is Message nested)
            {
                foreach (var m in WithNested(nested))
                {
                    yield return m;
                }
            }
        }
    }

    internal static List<(string Where, Message Message)> Corpus()
    {
        var corpus = new List<(string, Message)>();
        void Report(string where, ValidationReport report)
        {
            report.IsValid.Should().BeFalse("{0} is a bad input", where);
            corpus.AddRange(report.Issues.Where(i => i.MessageId.StartsWith("Assessment.", StringComparison.Ordinal)).Select(i => ($"{where} {i.Code} {i.Path}", i.Text)));
        }

        void Fails(string where, Action act) => Report(where, act.ShouldFailValidation());

        // Rule sets.
        foreach (var (name, change) in BadRuleSets())
        {
            var node = RuleSetNode();
            change(node);
            ScoringRuleSetJson.TryLoad(node.ToJsonString(), out _, out var report).Should().BeFalse(name);
            Report("rule set: " + name, report);
        }

        // Scoring inputs.
        var scorer = Scorer();
        var outsider = new OrgUnitId("XX");
        Report("input: unknown unit, quarter, findings, bonuses, events", scorer.Validate(new ScoringInput(outsider, AssessmentQuarter.Parse("2027Q1"), EndOfQ2)
        {
            Findings = [Finding("a", "nope", FindingSeverity.Minor, outsider), Finding("a", "political", FindingSeverity.Minor, quarter: Q2.Previous()), null!],
            Bonuses = [new BonusClaim("nope", 0), null!],
            VetoEvents = ["nope"],
        }));
        Report("input: unit outside, city not scored", scorer.Validate(new ScoringInput(City, Q2, EndOfQ2) { Findings = [Finding("b", "political", FindingSeverity.Minor, DeptX)] }));
        Report("input: finding outside the unit", scorer.Validate(new ScoringInput(CountyA, Q2, EndOfQ2) { Findings = [Finding("c", "political", FindingSeverity.Minor, CountyB)] }));
        Report("input: null list", scorer.Validate(new ScoringInput(CountyA, Q2, EndOfQ2) { Findings = null! }));

        // Findings.
        Report("finding: empty values", global::AccountabilityKit.Assessment.Findings.Finding.Validate(" ", default, (FindingSource)99, "", (FindingSeverity)99, null));
        Fails("finding: constructor", () => _ = new Finding("", CountyA, Q2, FindingSource.QuarterlyInspection, "political", FindingSeverity.Minor, "x"));
        Fails("problem list: unknown unit", () => ProblemList.For(Tree, outsider, Q2, []));

        // Inspection teams.
        InspectionTeamMember[] four =
        [
            new(new PersonId("p1"), InspectionBody.DisciplineCommission),
            new(new PersonId("p2"), InspectionBody.OrganizationDepartment),
            new(new PersonId("p3"), InspectionBody.PropagandaDepartment),
            new(new PersonId("p4"), InspectionBody.CityOrgansWorkCommittee),
        ];
        Report("team: empty", InspectionTeam.Validate(" ", [four[0], four[0], null!, new(new PersonId("s1"), (InspectionBody)99)], default));
        Report("team: supervisor as member", InspectionTeam.Validate("T1", [.. four, new(new PersonId("s1"), InspectionBody.PropagandaDepartment)], new PersonId("s1")));
        var team = InspectionTeam.Create("T1", four, new PersonId("s1"), [outsider]);
        Fails("round: duplicate team, unknown unit", () => QuarterlyInspection.Create(Q2, [team, team], Tree));

        // Rankings (quarterly and annual, one set of messages).
        var a = Cards.Score(scorer, CountyA, 0);
        var other = Scorer(n => n["version"] = "2");
        var b = Cards.Score(other, CountyB, 1);
        var c = Cards.Score(scorer, CountyC, 1, quarter: AssessmentQuarter.Parse("2026Q3"));
        Fails("ranking: quarterly", () => Ranking.Rank(scorer.RuleSet, [a, b, c, a, null!]));
        var year = new AssessmentYear(2026);
        var annualA = AnnualAssessment.Combine(scorer.RuleSet, CountyA, year, [a], 90m);
        var annualB = AnnualAssessment.Combine(scorer.RuleSet, CountyB, new AssessmentYear(2027), [Cards.Score(Scorer(n => n["effectiveTo"] = "2027Q4"), CountyB, 0, quarter: AssessmentQuarter.Parse("2027Q1"))], 90m) with { RuleSetId = "other" };
        Fails("ranking: annual", () => Ranking.Rank(scorer.RuleSet, [annualA, annualB, annualA, null!]));

        // Annual roll-ups.
        Fails("annual: foreign, duplicate and null cards, negative year-end", () => AnnualAssessment.Combine(scorer.RuleSet, CountyA, year, [a, a, Cards.Score(scorer, CountyB, 0), null!], -1m));
        Fails("annual: reject", () => AnnualAssessment.Combine(scorer.RuleSet, CountyA, year, [a], 90m, MissingQuarterPolicy.Reject));
        Fails("annual: reweight without weight", () => AnnualAssessment.Combine(Scorer(n => n["annual"]!["quarterWeights"] = new JsonArray(0, 1, 0, 0)).RuleSet, CountyA, year, [Cards.Score(scorer, CountyA, 0, quarter: year.Quarter(1))], 90m));

        // Explanations: score lines of every kind, vetoes, rankings, annual lines, follow-up, what-if, rectification, packs.
        var cards = new List<ScoreCard>();
        foreach (var mode in new[] { "toEven", "awayFromZero", "toZero", "toNegativeInfinity", "toPositiveInfinity" })
        {
            var rounding = Scorer(n =>
            {
                n["rounding"]!["mode"] = mode;
                n["rounding"]!["decimals"] = 0;
                n["floor"] = 60;
                n["gradeBands"]![3]!["minScore"] = 0;
            });
            cards.Add(rounding.Score(Input(Finding("w1", "workStyle", FindingSeverity.Minor))));
        }

        var busy = Input(
            [.. Enumerable.Range(1, 4).Select(i => Finding($"p{i}", "political", FindingSeverity.Serious)),
             Finding("w1", "workStyle", FindingSeverity.Minor) with { RectificationDeadline = new LocalDate(2026, 5, 31) },
             Finding("w2", "workStyle", FindingSeverity.Minor) with { RectificationDeadline = new LocalDate(2026, 5, 15), RectifiedOn = new LocalDate(2026, 5, 20) },
             Finding("w3", "workStyle", FindingSeverity.Minor) with { RectificationDeadline = new LocalDate(2026, 6, 1) }]) with
        {
            PreviousQuarterFindings = [Finding("old", "political", FindingSeverity.Minor, quarter: Q2.Previous())],
            Bonuses = [new BonusClaim("innovation", 3, "经验推广"), new BonusClaim("selfFound", 2)],
        };
        var heavy = Scorer(n => n["floor"] = 90);
        cards.Add(heavy.Score(busy));
        cards.Add(scorer.Score(busy));
        var vetoedByEvent = Cards.Score(scorer, CountyD, 0, veto: true);
        cards.Add(vetoedByEvent);
        corpus.AddRange(cards.SelectMany(card => card.Lines.Select(l => ($"score line {l.Kind}", l.Reason))));
        corpus.AddRange(cards.Where(card => card.Veto is not null).Select(card => ("veto", card.Veto!.Reason)));

        var quarterCards = new[] { a, Cards.Score(scorer, CountyB, 1), Cards.Score(scorer, CountyC, 2), vetoedByEvent };
        corpus.AddRange(Ranking.Rank(scorer.RuleSet, quarterCards).SelectMany(g => g.Entries).Select(e => ("ranked", e.Reason)));
        var annualCards = new[]
        {
            AnnualAssessment.Combine(scorer.RuleSet, CountyA, year, [a], 90m, MissingQuarterPolicy.CountAsFloor),
            AnnualAssessment.Combine(scorer.RuleSet, CountyB, year, [Cards.Score(scorer, CountyB, 1)], 95.55m, MissingQuarterPolicy.CountAsBase),
            AnnualAssessment.Combine(scorer.RuleSet, CountyC, year, [Cards.Score(scorer, CountyC, 3)], 80m),
        };
        corpus.AddRange(annualCards.SelectMany(card => card.Lines.Select(l => ($"annual line {l.Item}", l.Reason))));
        corpus.AddRange(Ranking.Rank(scorer.RuleSet, annualCards).SelectMany(g => g.Entries).Select(e => ("annual ranked", e.Reason)));

        var asOf = new LocalDate(2026, 7, 15);
        Finding[] followed =
        [
            Finding("f1", "political", FindingSeverity.General) with { RectificationDeadline = new LocalDate(2026, 5, 1) },
            Finding("f2", "political", FindingSeverity.General) with { RectificationDeadline = new LocalDate(2026, 5, 10) },
            new Finding("f3", CountyB, Q2, FindingSource.PatrolInspection, "political", FindingSeverity.Serious, "主体责任落实不力") { ShowsPrincipalResponsibilityFailure = true },
            new Finding("f4", CountyB, Q2, FindingSource.CaseInvestigation, "political", FindingSeverity.Serious, "同上") { ShowsPrincipalResponsibilityFailure = true },
        ];
        foreach (var action in FollowUpPlanner.Plan(EscalationPolicy.Default, followed, asOf))
        {
            corpus.Add(($"follow-up {action.Kind} addressee", action.Addressee));
            corpus.Add(($"follow-up {action.Kind}", action.Reason));
        }

        foreach (var f in followed.Append(Finding("f5", "political", FindingSeverity.Minor) with { RectificationDeadline = new LocalDate(2026, 6, 1), RectifiedOn = new LocalDate(2026, 5, 1) }))
        {
            corpus.Add(("rectification", f.RectificationAt(asOf).Explanation));
            corpus.Add(("rectification", f.RectificationAt(new LocalDate(2026, 4, 1)).Explanation));
            corpus.Add(("rectification", (f with { RectifiedOn = new LocalDate(2026, 6, 20) }).RectificationAt(asOf).Explanation));
        }

        var proposed = Scorer(n =>
        {
            n["categories"]![0]!["deductions"]!["minor"] = 6;
            n["gradeBands"]![0]!["minScore"] = 95;
            n["gradeBands"]![1]!["maxScore"] = 95;
            n["effectiveFrom"] = "2027Q1";
            n["effectiveTo"] = "2027Q4";
        }).RuleSet;
        var cheaper = Scorer(n => n["categories"]![1]!["deductions"]!["minor"] = 0.25).RuleSet;
        var inputs = new[] { Input(Finding("x1", "political", FindingSeverity.Minor)), Input(), Input(Finding("x2", "workStyle", FindingSeverity.Minor)) };
        corpus.AddRange(WhatIfComparison.Compare(scorer.RuleSet, proposed, Tree, inputs).Select(d => ("what-if", d.Explanation)));
        corpus.AddRange(WhatIfComparison.Compare(scorer.RuleSet, cheaper, Tree, inputs).Select(d => ("what-if", d.Explanation)));

        corpus.Add(("problem list", ProblemList.For(Tree, CountyA, Q2, followed).Summary));
        corpus.Add(("review pack", ReviewMeetingPack.Build(Tree, [CountyA, CountyB], Q2, followed, EscalationPolicy.Default, asOf).Summary));
        return corpus;
    }

    /// <summary>The bad rule sets of the rule-set tests, and one per remaining message.</summary>
    private static IEnumerable<(string, Action<JsonObject>)> BadRuleSets()
    {
        yield return ("many problems", n =>
        {
            n["categories"]![1]!["cap"] = -1;
            n["vetoes"]![0]!["categories"] = new JsonArray("political", "corruption");
            n["gradeBands"]![1]!["maxScore"] = 91;
            n["gradeBands"]![2]!["maxScore"] = 79;
            n["annual"]!["quarterWeights"] = new JsonArray(0.3, 0.3, 0.3, 0.3);
            n["annual"]!["yearEndWeight"] = 0.6;
        });
        yield return ("texts, duplicates, rounding", n =>
        {
            n["id"] = " ";
            n["effectiveTo"] = "2025Q4";
            n["floor"] = 101;
            n["rounding"]!["decimals"] = 5;
            n["repeat"]!["factor"] = 0.5;
            n["categories"]![1]!["code"] = "political";
            n["unitGroups"]![1]!["unitKinds"] = new JsonArray("county");
            n["bonuses"]![1]!["id"] = "innovation";
            n["vetoes"]![1]!["events"] = new JsonArray();
            n["gradeBands"]![3]!["grade"] = "fair";
            n["gradeBands"]![0]!["quota"] = 1.5;
        });
        yield return ("lowest band above the floor", n => n["gradeBands"]![3]!["minScore"] = 65);
        yield return ("empty band, unbounded lower band", n =>
        {
            n["gradeBands"]![2]!["maxScore"] = 70;
            n["gradeBands"]![3]!.AsObject().Remove("maxScore");
        });
        yield return ("base with more decimals", n => n["baseScore"] = 100.25);
        yield return ("base score out of range", n => n["baseScore"] = decimal.MaxValue);
        yield return ("band bound with more decimals", n => n["gradeBands"]![3]!["minScore"] = 0.25);
        yield return ("unknown regulation", n => n["categories"]![0]!["citation"] = "XYZ2020 Art. 1");
        yield return ("three quarter weights", n => n["annual"]!["quarterWeights"] = new JsonArray(0.5, 0.25, 0.25));
        yield return ("negative weights, undefined policy", n =>
        {
            n["annual"]!["quarterWeights"] = new JsonArray(-0.25, 0.5, 0.5, 0.25);
            n["annual"]!["routineWeight"] = -0.3;
            n["annual"]!["yearEndWeight"] = -0.7;
        });
        yield return ("negative base", n => n["baseScore"] = -1);
        yield return ("no groups, bands", n =>
        {
            n["unitGroups"] = new JsonArray();
            n["gradeBands"] = new JsonArray();
        });
        yield return ("group without kinds, duplicate ids", n =>
        {
            n["unitGroups"]![1]!["unitKinds"] = new JsonArray();
            n["unitGroups"]![1]!["id"] = "county";
            n["vetoes"]![1]!["id"] = "seriousPolitical";
        });
        yield return ("top band too low", n => n["gradeBands"]![0]!["maxScore"] = 101);
        yield return ("follow-up", n => n["followUp"] = new JsonObject { ["reminderTalkAfterOverdueDays"] = -1, ["letterToLeaderSources"] = new JsonArray() });
    }
}
