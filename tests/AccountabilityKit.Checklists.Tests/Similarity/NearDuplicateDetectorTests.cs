using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Checklists.Tests.Similarity;

public class NearDuplicateDetectorTests
{
    private static readonly ChecklistTemplate County = BuiltInTemplates.CountyCommittee2021;

    /// <summary>A copy of <paramref name="source"/> with punctuation changed, items reordered and new item ids.</summary>
    internal static ResponsibilityChecklist Disguised(ResponsibilityChecklist source, ChecklistOwner owner, string id, int seed)
    {
        var random = new Random(seed);
        string Repunctuate(string text) => text.Replace("，", random.Next(2) == 0 ? "、" : " ", StringComparison.Ordinal).Replace("：", ",", StringComparison.Ordinal) + "。";
        var items = source.Items
            .Select((item, i) => new ChecklistItem($"{id}-{i}", item.DutyCodes, Repunctuate(item.Content), Repunctuate(item.Measures), item.Milestones, Repunctuate(item.CompletionStandard)))
            .OrderBy(_ => random.Next())
            .ToList();
        return new ResponsibilityChecklist(id, source.TemplateId, source.Year, owner, items);
    }

    private static List<ResponsibilityChecklist> HonestTeam(string unit, int seed) =>
    [
        TestChecklists.Tailored(County, TestChecklists.Team(unit), seed, $"{unit}-team"),
        TestChecklists.Tailored(County, TestChecklists.Member($"{unit}-P1", CadreRole.Secretary, unit), seed + 1, $"{unit}-P1"),
        TestChecklists.Tailored(County, TestChecklists.Member($"{unit}-P2", CadreRole.TeamMember, unit), seed + 2, $"{unit}-P2"),
        TestChecklists.Tailored(County, TestChecklists.Member($"{unit}-P3", CadreRole.TeamMember, unit), seed + 3, $"{unit}-P3"),
        TestChecklists.Tailored(County, TestChecklists.Member($"{unit}-P4", CadreRole.TeamMember, unit), seed + 4, $"{unit}-P4"),
    ];

    [Fact]
    public void Detect_ThreeMembersCopyingOneListWithPunctuationAndOrderChanged_FlagsTheTeamHorizontally()
    {
        var team = HonestTeam("RG", 10);
        var original = team[2];
        team[3] = Disguised(original, team[3].Owner, "RG-P3", seed: 1);
        team[4] = Disguised(original, team[4].Owner, "RG-P4", seed: 2);

        var report = new NearDuplicateDetector().Detect(team, [County]);

        report.Pairs.Select(p => (p.FirstId, p.SecondId, p.Kind)).Should().BeEquivalentTo(new[]
        {
            ("RG-P2", "RG-P3", NearDuplicateKind.Horizontal),
            ("RG-P2", "RG-P4", NearDuplicateKind.Horizontal),
            ("RG-P3", "RG-P4", NearDuplicateKind.Horizontal),
        });
        report.Pairs.Should().OnlyContain(p => p.Score >= 0.95m && p.Matches.Length == original.Items.Length);
        report.UnitsToReturn.Should().Equal(new OrgUnitId("RG"));
        report.ListCount.Should().Be(5);
    }

    [Fact]
    public void Detect_HonestlyTailoredListsOfOneTeam_AreNotFlagged()
    {
        var report = new NearDuplicateDetector().Detect(HonestTeam("RG", 20), [County]);

        report.Pairs.Should().BeEmpty();
        report.UnitsToReturn.Should().BeEmpty();
        report.ComparedPairs.Should().Be(10 + 5, "10 pairs within the team and 5 lists against the template");
    }

    [Fact]
    public void Compare_HonestLists_ScoreWellBelowTheDefaultThreshold()
    {
        var team = HonestTeam("RG", 30);
        var detector = new NearDuplicateDetector();

        var scores = team.SelectMany((a, i) => team.Skip(i + 1).Select(b => detector.Compare(a, b).Score)).ToList();

        scores.Should().OnlyContain(s => s < 0.3m, "the default threshold 0.6 leaves a wide margin above honest lists");
    }

    [Fact]
    public void Detect_MemberListEqualToTheTeamList_IsFlaggedVertical()
    {
        var team = HonestTeam("RG", 40);
        var copy = new ResponsibilityChecklist("RG-P2", team[0].TemplateId, team[0].Year, team[2].Owner, team[0].Items);
        team[2] = copy;

        var report = new NearDuplicateDetector().Detect(team);

        var pair = report.Pairs.Should().ContainSingle().Subject;
        pair.Kind.Should().Be(NearDuplicateKind.Vertical);
        pair.Score.Should().Be(1m);
        (pair.FirstId, pair.SecondId).Should().Be(("RG-P2", "RG-team"));
    }

    [Fact]
    public void Detect_ListRepeatingTheTemplateDuties_IsFlaggedVerticalAgainstTheTemplate()
    {
        var team = HonestTeam("RG", 50);
        var lazy = team[2] with { Items = [.. team[2].Items.Select(i => new ChecklistItem(i.Id, i.DutyCodes, County.FindDuty(i.DutyCodes[0])!.Text, i.Measures, i.Milestones, i.CompletionStandard))] };
        team[2] = lazy;

        var report = new NearDuplicateDetector().Detect(team, [County]);

        var pair = report.Pairs.Should().ContainSingle().Subject;
        (pair.FirstId, pair.SecondId, pair.SecondIsTemplate, pair.Kind).Should().Be(("RG-P2", County.Id, true, NearDuplicateKind.Vertical));
        pair.Matches.Should().HaveCount(lazy.Items.Length);
    }

    [Fact]
    public void Detect_CrossUnitCopiesAtCityScale_AreFoundByLsh()
    {
        var lists = Enumerable.Range(0, 40).SelectMany(u => HonestTeam($"U{u:00}", u * 100)).ToList();
        // Unit U07's member copies U31's member; U12's team copies U25's team.
        lists[(7 * 5) + 2] = Disguised(lists[(31 * 5) + 2], lists[(7 * 5) + 2].Owner, "U07-P2", seed: 3);
        lists[12 * 5] = Disguised(lists[25 * 5], lists[12 * 5].Owner, "U12-team", seed: 4);

        var report = new NearDuplicateDetector().Detect(lists);

        report.Pairs.Select(p => (p.FirstId, p.SecondId, p.Kind)).Should().BeEquivalentTo(new[]
        {
            ("U07-P2", "U31-P2", NearDuplicateKind.CrossUnit),
            ("U12-team", "U25-team", NearDuplicateKind.CrossUnit),
        });
        report.UnitsToReturn.Select(u => u.Value).Should().Equal("U07", "U12", "U25", "U31");
        report.ComparedPairs.Should().BeLessThan(200 * 199 / 20, "LSH compares far fewer than all pairs");
    }

    [Fact]
    public void Detect_AllPairsStrategy_FindsTheSamePairs()
    {
        var lists = Enumerable.Range(0, 10).SelectMany(u => HonestTeam($"U{u:00}", u * 100)).ToList();
        lists[7] = Disguised(lists[42], lists[7].Owner, "U01-P2", seed: 5);

        var lsh = new NearDuplicateDetector().Detect(lists);
        var all = new NearDuplicateDetector(new SimilarityOptions { Strategy = CandidateStrategy.AllPairs }).Detect(lists);

        lsh.Pairs.Should().BeEquivalentTo(all.Pairs);
        all.Pairs.Should().ContainSingle();
        all.ComparedPairs.Should().Be(50 * 49 / 2);
    }

    [Fact]
    public void Detect_DuplicateIds_Throws()
    {
        var team = HonestTeam("RG", 1);

        var act = () => new NearDuplicateDetector().Detect([team[0], team[0]]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_InvalidOptions_ReportsEveryProblemWithCL070()
    {
        var act = () => new NearDuplicateDetector(new SimilarityOptions { NGramSize = 0, ListThreshold = 1.5m, Bands = 0, MinCollidingItemFraction = 0 });

        act.Should().Throw<ValidationFailedException>().Which.Report.Issues.Select(i => (i.Code, i.Path)).Should().BeEquivalentTo(new[]
        {
            ("CL070", "$.nGramSize"), ("CL070", "$.listThreshold"), ("CL070", "$.bands"), ("CL070", "$.minCollidingItemFraction"),
        });
    }

    [Fact]
    public void TextSimilarity_ConfiguredBoilerplate_IsIgnored()
    {
        var plain = new NearDuplicateDetector(new SimilarityOptions { Boilerplate = [] });
        var custom = new NearDuplicateDetector(new SimilarityOptions { Boilerplate = ["按照上级部署要求"] });

        const string a = "按照上级部署要求开展廉政谈话";
        const string b = "按照上级部署要求组织专项检查";

        custom.TextSimilarity(a, b).Should().Be(0);
        plain.TextSimilarity(a, b).Should().BeGreaterThan(0.3);
    }

    [Fact]
    public void Detect_2021Scenario_EightUnitsWithThreeNearIdenticalMemberLists_AreTheUnitsToReturn()
    {
        // 2021: 8 units' lists were returned because three team members of each had near-identical lists.
        var lists = Enumerable.Range(0, 24).SelectMany(u => HonestTeam($"U{u:00}", 1000 + (u * 10))).ToList();
        var copying = new[] { 1, 4, 6, 9, 13, 17, 20, 23 };
        foreach (var u in copying)
        {
            var source = lists[(u * 5) + 2];
            lists[(u * 5) + 3] = Disguised(source, lists[(u * 5) + 3].Owner, $"U{u:00}-P3", seed: u);
            lists[(u * 5) + 4] = Disguised(source, lists[(u * 5) + 4].Owner, $"U{u:00}-P4", seed: u + 100);
        }

        var report = new NearDuplicateDetector().Detect(lists, [County]);

        report.UnitsToReturn.Select(u => u.Value).Should().Equal(copying.Select(u => $"U{u:00}"));
        report.Pairs.Should().HaveCount(8 * 3).And.OnlyContain(p => p.Kind == NearDuplicateKind.Horizontal);
    }
}
