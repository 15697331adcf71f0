using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// A synthetic city of tailored checklists: <c>units × members</c> lists of <c>items</c> items, the texts drawn from a
/// 600-word vocabulary of 2–4 Han characters (so honest lists share words, as real ones do), and <c>planted</c> lists
/// replaced by disguised copies (punctuation changed, items reordered) of a list of another unit.
/// </summary>
internal static class SyntheticChecklists
{
    public static (List<ResponsibilityChecklist> Lists, HashSet<(string, string)> Planted) Generate(int units, int members, int items, int planted, int seed)
    {
        var random = new Random(seed);
        var words = Enumerable.Range(0, 600)
            .Select(_ => new string(Enumerable.Range(0, random.Next(2, 5)).Select(_ => (char)random.Next(0x4E00, 0x4E00 + 2500)).ToArray()))
            .ToArray();
        string Sentence(int count) => string.Join("，", Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));

        var lists = new List<ResponsibilityChecklist>(units * members);
        for (var u = 0; u < units; u++)
        {
            var unit = new OrgUnitId($"U{u:0000}");
            for (var m = 0; m < members; m++)
            {
                var owner = m == 0 ? ChecklistOwner.Team(unit) : ChecklistOwner.Member(unit, new PersonId($"U{u:0000}-P{m:00}"), CadreRole.TeamMember);
                var listItems = Enumerable.Range(0, items).Select(i => new ChecklistItem(
                    $"i{i}", [$"C{i:00}-01"], Sentence(10), Sentence(8), [new Milestone(new LocalDate(2021, 6, 30), "半年小结")], Sentence(4)));
                lists.Add(new ResponsibilityChecklist($"U{u:0000}-{m:00}", "t-2021", new AssessmentYear(2021), owner, listItems));
            }
        }

        var plantedPairs = new HashSet<(string, string)>();
        var targets = new HashSet<int>();
        var sources = new HashSet<int>();
        while (plantedPairs.Count < planted)
        {
            var target = random.Next(lists.Count);
            var source = random.Next(lists.Count);
            // A target is never a source nor a target twice, so every planted pair stays a copy.
            if (lists[target].Owner.Unit == lists[source].Owner.Unit || targets.Contains(target) || sources.Contains(target) || targets.Contains(source))
            {
                continue;
            }

            targets.Add(target);
            sources.Add(source);

            var copyItems = lists[source].Items
                .Select(i => new ChecklistItem(i.Id, i.DutyCodes, i.Content.Replace("，", "、", StringComparison.Ordinal) + "。", i.Measures.Replace("，", " ", StringComparison.Ordinal), i.Milestones, i.CompletionStandard))
                .OrderBy(_ => random.Next())
                .ToList();
            lists[target] = new ResponsibilityChecklist(lists[target].Id, "t-2021", new AssessmentYear(2021), lists[target].Owner, copyItems);
            var (a, b) = string.CompareOrdinal(lists[target].Id, lists[source].Id) < 0 ? (lists[target].Id, lists[source].Id) : (lists[source].Id, lists[target].Id);
            plantedPairs.Add((a, b));
        }

        return (lists, plantedPairs);
    }

    /// <summary>One line for the benchmark log: input size, pairs scored, and recall of <paramref name="report"/> on the planted copies.</summary>
    public static string DescribeRecall(List<ResponsibilityChecklist> lists, NearDuplicateReport report, HashSet<(string, string)> planted)
    {
        var found = report.Pairs.Count(p => planted.Contains((p.FirstId, p.SecondId)));
        return $"// {lists.Sum(l => l.Items.Length)} items, {report.ComparedPairs} pairs scored; LSH recall on planted copies: {found}/{planted.Count}";
    }
}
