using System.Text.RegularExpressions;
using AccountabilityKit.Cli.Demo;
using AccountabilityKit.Cli.Synthetic;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.TestSupport;
using Microsoft.Data.Sqlite;

namespace AccountabilityKit.Cli.Tests.Demo;

/// <summary>
/// The whole demo as a corpus (issue 13): in zh-CN no printed line has an English word of four or more letters, in
/// English none has a Han character — outside what is not prose.
/// <list type="bullet">
/// <item>Not prose in zh-CN: codes, ids and JSON paths (the message checks already exempt codes such as AC021, paths
/// <c>$.x</c>, text in backticks and quotes); the ids of the synthetic city and its rule sets (unit, person, checklist,
/// case and finding ids, rule-set ids and versions, unit-group ids, category codes, bonus and veto ids — compound ids
/// such as <c>JH-C01-TEAM-2021</c> or <c>adoptedPractice</c> by their shape, plain-word ids such as <c>county</c> or
/// <c>political</c> from the rule sets); and the names of the database tables the demo wrote (read back from the file).</item>
/// <item>Not prose in English: the synthetic city's data is Chinese by nature — unit names (江海市委), cadre names, the
/// rule sets' names of groups, categories, grades, bonuses and vetoes, finding descriptions, notice batches, evidence
/// and bonus notes. They are user data: the tool prints them as they are (in messages they are quoted and exempt by the
/// quotes), so this test removes exactly those strings before looking for Han characters.</item>
/// </list>
/// </summary>
public sealed partial class DemoTextTests(DemoRuns runs) : IClassFixture<DemoRuns>
{
    private static readonly SyntheticCity City = SyntheticCity.Build(DemoRuns.Seed, 6, 8, DemoRun.Year - 1, DemoRun.Year);

    [Fact]
    public void Demo_Chinese_PrintsNoEnglishWord()
    {
        runs.First.ExitCode.Should().Be(0, runs.First.Stderr);
        var ids = PlainIds();
        var offending = new List<string>();
        foreach (var line in runs.First.Lines)
        {
            var text = CompoundId().Replace(line, m => LooksLikeAnId(m.Value) ? " " : m.Value);
            text = Word().Replace(text, m => ids.Contains(m.Value) ? " " : m.Value);
            if (MessageText.EnglishWords(text) is { Count: > 0 } words)
            {
                offending.Add($"{string.Join(", ", words)}  ⟵  {line}");
            }
        }

        offending.Should().BeEmpty("the zh-CN demo prints only Chinese sentences");
    }

    [Fact]
    public void Demo_English_PrintsNoHanCharacter_OutsideUserData()
    {
        runs.English.ExitCode.Should().Be(0, runs.English.Stderr);
        var data = UserData();
        var offending = new List<string>();
        foreach (var line in runs.English.Lines)
        {
            var text = line;
            foreach (var value in data)
            {
                text = text.Replace(value, " ", StringComparison.Ordinal);
            }

            if (MessageText.HanCharacters(text) is { Count: > 0 } han)
            {
                offending.Add($"{string.Concat(han)}  ⟵  {line}");
            }
        }

        offending.Should().BeEmpty("the English demo prints Chinese only as quoted user data");
    }

    [Fact]
    public void Demo_Chinese_AndEnglish_TellTheSameStory()
    {
        // The same sections, in the same order, in both languages: the English run is a translation, not another demo.
        Headings(runs.First.Stdout).Should().HaveCount(7);
        Headings(runs.English.Stdout).Should().HaveCount(7);
        runs.First.Stdout.Should().Contain("同一种子（`--seed 11`）再次运行，输出完全相同。");
        runs.English.Stdout.Should().Contain("Running again with the same seed (--seed 11) prints exactly the same output.");
    }

    private static List<string> Headings(string stdout) => [.. stdout.Split('\n').Where(l => HeadingLine().IsMatch(l))];

    /// <summary>Ids that are plain words: from the rule sets, the templates, and the tables the demo wrote.</summary>
    private HashSet<string> PlainIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ruleSet in City.RuleSets)
        {
            ids.Add(ruleSet.Id);
            ids.Add(ruleSet.Version);
            ids.UnionWith(ruleSet.UnitGroups.Select(g => g.Id));
            ids.UnionWith(ruleSet.Categories.Select(c => c.Code));
            ids.UnionWith(ruleSet.Bonuses.Select(b => b.Id));
            ids.UnionWith(ruleSet.Vetoes.Select(v => v.Id));
        }

        // The rule items of the scorer's own lines (base score, overdue deductions, caps, bonuses, total) are ids as well.
        ids.UnionWith(["base", "overdue", "cap", "bonus", "bonusCap", "category", "floor", "rounding", "total", "subtotal"]);
        ids.Add(BuiltInTemplates.CountyCommittee2021.Id);
        ids.Add(BuiltInTemplates.CityDepartment2021.Id);
        using var connection = new SqliteConnection($"Data Source={runs.FirstDb};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' UNION SELECT DISTINCT Kind FROM demo_documents";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        // Compound ids are split into words, so their parts are ids too.
        foreach (var id in ids.ToList())
        {
            ids.UnionWith(Word().Matches(id).Select(m => m.Value));
        }

        return ids;
    }

    /// <summary>The synthetic city's Chinese data, longest first (so a name is removed before a shorter one inside it).</summary>
    private static List<string> UserData()
    {
        var data = new HashSet<string>(StringComparer.Ordinal);
        data.UnionWith(City.Tree.Units.Select(u => u.Name));
        data.UnionWith(City.Cadres.Select(c => c.Name));
        foreach (var ruleSet in City.RuleSets)
        {
            data.Add(ruleSet.Name);
            data.UnionWith(ruleSet.UnitGroups.Select(g => g.Name));
            data.UnionWith(ruleSet.Categories.Select(c => c.Name));
            data.UnionWith(ruleSet.GradeBands.Select(g => g.Name));
            data.UnionWith(ruleSet.Bonuses.Select(b => b.Name));
            data.UnionWith(ruleSet.Vetoes.Select(v => v.Name));
        }

        data.UnionWith(City.Findings.Select(f => f.Description));
        data.UnionWith(City.Bonuses.Select(b => b.Claim.Note).OfType<string>());
        data.UnionWith(City.Cases.Select(c => c.NoticeBatch).OfType<string>());
        data.UnionWith(City.Cases.SelectMany(c => c.Modifiers).Select(m => m.Evidence).OfType<string>());
        foreach (var template in new[] { BuiltInTemplates.CountyCommittee2021, BuiltInTemplates.CityDepartment2021 })
        {
            data.Add(template.Title);
            data.UnionWith(template.Duties.Select(d => d.Text));
        }

        data.UnionWith(City.Checklists.SelectMany(l => l.Items).SelectMany(i => new[] { i.Content, i.Measures, i.CompletionStandard }).OfType<string>());
        data.UnionWith(DemoCases.Flawed(City).SelectMany(c => c.Case.Modifiers).Select(m => m.Evidence).OfType<string>());
        return [.. data.Where(d => d.Length > 0).OrderByDescending(d => d.Length).ThenBy(d => d, StringComparer.Ordinal)];
    }

    /// <summary>A compound token is an id when it has a digit, a capital or an underscore/slash (so "near-duplicate" is still prose).</summary>
    private static bool LooksLikeAnId(string token) => token.Any(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c) || c is '_' or '/');

    /// <summary>Ids by their shape: parts joined by - _ . / : (<c>JH-C01-TEAM-2021</c>, <c>2026.1-redated</c>) or camelCase (<c>adoptedPractice</c>).</summary>
    [GeneratedRegex(@"\b[A-Za-z0-9]+(?:[-_./:~][A-Za-z0-9]+)+\b|\b[a-z]+(?:[A-Z][a-z0-9]*)+\b")]
    private static partial Regex CompoundId();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^─*\s*[1-7]\. ")]
    private static partial Regex HeadingLine();
}
