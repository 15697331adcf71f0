using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.People;
using CsCheck;

namespace AccountabilityKit.Checklists.Tests.Similarity;

public class SimilarityPropertyTests
{
    /// <summary>Chinese characters, ASCII, full-width forms, CJK punctuation and spaces.</summary>
    private static readonly Gen<string> Text =
        Gen.OneOf(Gen.Char['\u4e00', '\u4e30'], Gen.Char[' ', '~'], Gen.Char['\uff01', '\uff5e'], Gen.Char['\u3000', '\u3011'], Gen.Char['\u2000', '\u2027'])
            .Array[0, 40].Select(static chars => new string(chars));

    private static readonly Gen<string> Phrase =
        Gen.OneOf(Gen.Const("谈心谈话"), Gen.Const("认真落实"), Gen.Const("日常监督"), Gen.Const("，"), Gen.Const("　"), Gen.Const("ＡＢ"), Gen.Const("ab"), Gen.Const("切实"), Gen.Const("廉政"))
            .Array[0, 12].Select(static parts => string.Concat(parts));

    [Fact]
    public void Normalize_IsIdempotent()
    {
        var normalizer = TextNormalizer.Default;

        Gen.OneOf(Text, Phrase).Sample(text => normalizer.Normalize(normalizer.Normalize(text)) == normalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_WithOverlappingBoilerplate_IsIdempotent()
    {
        var normalizer = new TextNormalizer(["ab", "落实"]);

        Gen.Select(Phrase, Text).Sample((a, b) => normalizer.Normalize(normalizer.Normalize(a + b)) == normalizer.Normalize(a + b));
    }

    [Fact]
    public void Normalize_FullWidthAndPunctuation_AreRemovedOrFolded()
    {
        TextNormalizer.Default.Normalize("ＡＢＣ　１２３，谈心谈话。").Should().Be("abc123谈心谈话");
        new TextNormalizer([]).Normalize("认真落实 “第一议题”！").Should().Be("认真落实第一议题");
        TextNormalizer.Default.Normalize("认真落实“第一议题”").Should().Be("第一议题");
        TextNormalizer.Default.Normalize(null).Should().BeEmpty();
    }

    [Fact]
    public void TextSimilarity_IsSymmetricAndWithinZeroAndOne()
    {
        var detector = new NearDuplicateDetector();

        Gen.Select(Gen.OneOf(Text, Phrase), Gen.OneOf(Text, Phrase)).Sample((a, b) =>
        {
            var ab = detector.TextSimilarity(a, b);
            return ab == detector.TextSimilarity(b, a) && ab >= 0 && ab <= 1;
        });
    }

    [Fact]
    public void TextSimilarity_OfATextWithItself_IsOneUnlessEmpty()
    {
        var detector = new NearDuplicateDetector();

        Text.Sample(a => detector.TextSimilarity(a, a) == (detector.Normalizer.Normalize(a).Length == 0 ? 0 : 1));
    }

    [Fact]
    public void Compare_IsSymmetricAndWithinZeroAndOne()
    {
        var detector = new NearDuplicateDetector();
        var item = Gen.Select(Phrase, Phrase, Text).Select(static (c, m, s) => (c, m, s));
        var list = item.Array[0, 6];

        Gen.Select(list, list).Sample((a, b) =>
        {
            var first = ToChecklist("a", a);
            var second = ToChecklist("b", b);
            var (ab, _) = detector.Compare(first, second);
            var (ba, _) = detector.Compare(second, first);
            return ab == ba && ab >= 0m && ab <= 1m;
        });
    }

    [Fact]
    public void Compare_ReorderedItems_ScoreTheSame()
    {
        var detector = new NearDuplicateDetector();
        var template = BuiltInTemplates.CityDepartment2021;

        Gen.Int[0, 1000].Sample(seed =>
        {
            var list = TestChecklists.Tailored(template, TestChecklists.Member("P", CadreRole.TeamMember), seed);
            var reversed = list with { Items = [.. list.Items.Reverse()] };
            return detector.Compare(list, reversed).Score == 1m;
        }, iter: 50);
    }

    [Fact]
    public void Lsh_AtDefaultSettings_RecallsPlantedCopies()
    {
        // 50 units × 3 member lists; 30 lists are copies of lists of other units, disguised (punctuation, order) and with up to
        // a fifth of their items rewritten. Recall = LSH pairs found / all-pairs pairs found.
        var template = BuiltInTemplates.CountyCommittee2021;
        int expected = 0, found = 0;
        for (var round = 0; round < 4; round++)
        {
            var random = new Random(round);
            var lists = Enumerable.Range(0, 50).SelectMany(u => new[]
            {
                TestChecklists.Tailored(template, TestChecklists.Member($"U{u}-A", CadreRole.TeamMember, $"U{u}"), (round * 1000) + (u * 4) + 1, $"U{u}-A"),
                TestChecklists.Tailored(template, TestChecklists.Member($"U{u}-B", CadreRole.Secretary, $"U{u}"), (round * 1000) + (u * 4) + 2, $"U{u}-B"),
                TestChecklists.Tailored(template, TestChecklists.Member($"U{u}-C", CadreRole.DisciplineSecretary, $"U{u}"), (round * 1000) + (u * 4) + 3, $"U{u}-C"),
            }).ToList();
            for (var p = 0; p < 30; p++)
            {
                var target = random.Next(lists.Count);
                var source = lists[(target + (3 * random.Next(1, 49))) % lists.Count];
                var copy = NearDuplicateDetectorTests.Disguised(source, lists[target].Owner, lists[target].Id, random.Next());
                var rewritten = random.Next(0, (copy.Items.Length / 5) + 1);
                var items = copy.Items.ToArray();
                for (var r = 0; r < rewritten; r++)
                {
                    var k = random.Next(items.Length);
                    items[k] = new ChecklistItem(items[k].Id, items[k].DutyCodes, $"本人自拟第{r}项内容{random.Next()}", "另行安排谈心谈话", items[k].Milestones, "自定标准");
                }

                lists[target] = copy with { Items = [.. items] };
            }

            var all = new NearDuplicateDetector(new SimilarityOptions { Strategy = CandidateStrategy.AllPairs }).Detect(lists);
            var lsh = new NearDuplicateDetector().Detect(lists);
            var truth = all.Pairs.Where(p => p.Kind == NearDuplicateKind.CrossUnit).Select(p => (p.FirstId, p.SecondId)).ToHashSet();
            expected += truth.Count;
            found += lsh.Pairs.Count(p => truth.Contains((p.FirstId, p.SecondId)));
            lsh.Pairs.Select(p => (p.FirstId, p.SecondId, p.Score)).Should().BeSubsetOf(all.Pairs.Select(p => (p.FirstId, p.SecondId, p.Score)), "LSH only prunes candidates");
            lsh.ComparedPairs.Should().BeLessThan(all.ComparedPairs / 10);
        }

        expected.Should().BeGreaterThan(80, "the planted copies are found by all pairs");
        ((double)found / expected).Should().BeGreaterThanOrEqualTo(0.99);
    }

    private static ResponsibilityChecklist ToChecklist(string id, (string Content, string Measures, string Standard)[] items) =>
        new(id, "t", new AccountabilityKit.Time.AssessmentYear(2021), TestChecklists.Team(id),
            items.Select((i, k) => new ChecklistItem($"{id}{k}", ["x"], i.Content, i.Measures, [], i.Standard)));
}
