using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Cli.Tests.TestSupport;

namespace AccountabilityKit.Cli.Tests.Commands;

/// <summary>
/// Drives the hand-made bad inputs of <c>BadInputs/</c> (truncated JSON, nulls, wrong types, huge numbers, duplicate keys,
/// invalid UTF-8, GB18030 and UTF-16 bytes, escape sequences, NUL bytes, deep nesting, CSV variants, …) plus a
/// directory, <c>/dev/null</c>, a missing path, an empty path and generated huge files through every command that
/// reads a file, in every slot where it reads one. Exit 3 is kept for a real bug inside the tool, so it never appears;
/// nor does a stack trace or a raw terminal control character. What a bad input gets (1: read with problems, or
/// 2: unreadable) is the reading code's decision; every exit 1 or 2 says why.
/// </summary>
public sealed class BadInputCorpusTests(GeneratedData data) : IClassFixture<GeneratedData>
{
    /// <summary>Inputs no reading rule can accept: every slot refuses them (exit 1 or 2), whatever the reading code decides about the rest.</summary>
    private static readonly HashSet<string> NeverAccepted = new(StringComparer.Ordinal)
    {
        "empty.json", "whitespace.json", "bom-only.json", "truncated-object.json", "truncated-array.json", "unclosed-string.json",
        "trailing-garbage.json", "null.json", "string.json", "number.json", "boolean.json", "wrong-types.json", "binary.bin",
        "nul-bytes.json", "escape-sequences.json", "comment-only.json",
        Special.Directory, Special.DevNull, Special.Missing, Special.Empty,
    };

    private static readonly string CorpusDirectory = Path.Combine(AppContext.BaseDirectory, "BadInputs");

    /// <summary>Every file of the corpus, and the special paths, by name.</summary>
    public static TheoryData<string> Inputs()
    {
        var inputs = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CorpusDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            inputs.Add(file!);
        }

        foreach (var special in new[] { Special.Directory, Special.DevNull, Special.Missing, Special.Empty, Special.LongString, Special.ManyElements })
        {
            inputs.Add(special);
        }

        return inputs;
    }

    [Fact]
    public void Corpus_HasTheKindsOfBadInputItPromises()
    {
        Directory.EnumerateFiles(CorpusDirectory).Select(Path.GetFileName).Should().Contain(
        [
            "truncated-object.json", "nulls-inside.json", "wrong-types.json", "huge-numbers.json", "duplicate-keys.json",
            "invalid-utf8.json", "gb18030.json", "escape-sequences.json", "empty.json", "deep-nesting.json", "gb18030.csv", "formula.csv",
        ]);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task BadInput_InEveryCommandThatReadsAFile_NeverExitsThreeNorPrintsAStackTrace(string input)
    {
        var path = PathOf(input);
        var failures = new List<string>();
        foreach (var (slot, args) in Slots(path))
        {
            foreach (var format in new[] { "table", "json" })
            {
                var run = await ToolRun.RunAsync([.. args, "--format", format, "--lang", "en"]);
                var output = run.Stdout + run.Stderr;
                if (run.ExitCode is not (0 or 1 or 2))
                {
                    failures.Add($"{slot} --format {format}: exit {run.ExitCode}: {First(run.Stderr)}");
                }

                if (output.Contains("   at ", StringComparison.Ordinal) || output.Contains("Exception:", StringComparison.Ordinal))
                {
                    failures.Add($"{slot} --format {format}: stack trace: {First(output)}");
                }

                if (run.ExitCode == 0 && NeverAccepted.Contains(input))
                {
                    failures.Add($"{slot} --format {format}: accepted (exit 0)");
                }

                if (run.ExitCode is 1 or 2 && string.IsNullOrWhiteSpace(output))
                {
                    failures.Add($"{slot} --format {format}: exit {run.ExitCode} without a word");
                }

                if (format == "table" && output.Any(c => c != '\n' && char.IsControl(c)))
                {
                    failures.Add($"{slot}: a raw control character reached the terminal");
                }
            }
        }

        failures.Should().BeEmpty("input {0}", input);
    }

    private IEnumerable<(string Slot, string[] Args)> Slots(string bad)
    {
        var template = data.Scratch.File("county-template.json");
        if (!File.Exists(template))
        {
            File.WriteAllText(template, ChecklistTemplateJson.Save(BuiltInTemplates.CountyCommittee2021));
        }

        var list = Directory.EnumerateFiles(data.File("checklists")).Order(StringComparer.Ordinal).First();
        var rules = Directory.EnumerateFiles(data.Dir, "rules-*.json").Order(StringComparer.Ordinal).First();
        yield return ("template check FILE", ["template", "check", bad]);
        yield return ("checklist check --template FILE", ["checklist", "check", "--template", bad, list]);
        yield return ("checklist check LISTS", ["checklist", "check", "--template", template, bad]);
        yield return ("score --rules FILE", ["score", "--rules", bad, "--findings", data.File("findings.json"), "--quarter", "2021Q2", "--as-of", "2021-07-15"]);
        yield return ("score --findings FILE", ["score", "--rules", rules, "--findings", bad, "--quarter", "2021Q2", "--as-of", "2021-07-15"]);
        yield return ("case check FILE", ["case", "check", bad]);
        yield return ("case check --units FILE", ["case", "check", data.File("cases.json"), "--units", bad]);
        yield return ("stats --facts FILE", ["stats", "--facts", bad, "--by", "region"]);
    }

    private string PathOf(string input)
    {
        switch (input)
        {
            case Special.Directory:
                return CorpusDirectory;
            case Special.DevNull:
                return "/dev/null";
            case Special.Missing:
                return Path.Combine(CorpusDirectory, "no-such-file.json");
            case Special.Empty:
                return string.Empty;
            case Special.LongString:
                return Made("long-string.json", "{\"id\": \"" + new string('x', 2_000_000) + "\", \"title\": \"" + new string('题', 500_000) + "\"}");
            case Special.ManyElements:
                return Made("many-elements.json", "[" + string.Join(',', Enumerable.Repeat("{\"id\": \"x\"}", 50_000)) + "]");
            default:
                return Path.Combine(CorpusDirectory, input);
        }
    }

    private string Made(string name, string text)
    {
        var path = data.Scratch.File(name);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, text);
        }

        return path;
    }

    private static string First(string text) => text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? string.Empty;

    private static class Special
    {
        public const string Directory = "(a directory)";
        public const string DevNull = "(/dev/null)";
        public const string Missing = "(a missing file)";
        public const string Empty = "(an empty path)";
        public const string LongString = "(a 2 MB string)";
        public const string ManyElements = "(50 000 elements)";
    }
}
