using System.Text;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Cli.Demo;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;

namespace AccountabilityKit.Cli.Synthetic;

/// <summary>Writes a synthetic city as files in the formats the other commands read.</summary>
internal static class SyntheticFiles
{
    /// <summary>Splits a unit count into county-level committees (two in five) and city departments.</summary>
    public static (int Counties, int Departments) Split(int units)
    {
        var counties = Math.Max(1, units * 2 / 5);
        return (counties, Math.Max(1, units - counties));
    }

    /// <summary>
    /// Writes the files of a synthetic city into <paramref name="directory"/> (created if missing). Only new files are
    /// created: a file that already exists (or a directory, link, device or pipe in its place) is refused before anything
    /// is written, and if writing fails midway the files this run created are removed again.
    /// </summary>
    public static IReadOnlyList<(string Name, Message Description)> Write(string directory, int units, int firstYear, int lastYear, int seed)
    {
        var (counties, departments) = Split(units);
        var city = SyntheticCity.Build(seed, counties, departments, firstYear, lastYear);
        var files = new List<(string Path, string Text)>();
        var written = new List<(string, Message)>();
        void Save(string name, string text, Message description)
        {
            files.Add((name, text));
            written.Add((name, description));
        }

        Save("org-tree.json", AccountabilityKitJson.Write(city.Tree.Units.ToList(), CliJsonContext.InfoOf<List<OrgUnit>>()),
            Catalog.Of(nameof(Messages.GenerateOrgTree), ("units", city.Tree.Count), ("counties", counties), ("departments", departments)));
        foreach (var list in city.Checklists)
        {
            files.Add((Path.Combine("checklists", list.Id + ".json"), ResponsibilityChecklistJson.Save(list)));
        }

        written.Add(("checklists/", Catalog.Of(nameof(Messages.GenerateChecklists), ("count", city.Checklists.Count), ("planted", city.Planted.Count))));
        Save("findings.json", AccountabilityKitJson.Write(ToDocument(city), CliJsonContext.InfoOf<FindingsDocument>()),
            Catalog.Of(
                nameof(Messages.GenerateFindings),
                ("findings", city.Findings.Count),
                ("bonuses", city.Bonuses.Count),
                ("first", new AssessmentYear(firstYear).FirstQuarter),
                ("last", new AssessmentYear(lastYear).Quarter(4))));
        Save("rules-county-level.json", RuleSetSource.RedatedExampleJson(BuiltInRuleSets.CountyLevel2026, firstYear, lastYear), Catalog.Of(nameof(Messages.GenerateRulesCounty)));
        Save("rules-city-departments.json", RuleSetSource.RedatedExampleJson(BuiltInRuleSets.CityDepartments2026, firstYear, lastYear), Catalog.Of(nameof(Messages.GenerateRulesDepartments)));
        Save("cases.json", CasesJson(city.Cases), Catalog.Of(nameof(Messages.GenerateCases), ("count", city.Cases.Count)));
        var facts = new AccountabilityFactProjection(city.Tree).ProjectAll(city.Cases);
        Save("facts.json", FactsFile.WriteJson(facts), Catalog.Of(nameof(Messages.GenerateFactsJson), ("count", facts.Length)));
        Save("facts.csv", FactsFile.WriteCsv(facts), Catalog.Of(nameof(Messages.GenerateFactsCsv)));
        WriteNew(directory, files);
        return written;
    }

    private static void WriteNew(string directory, List<(string Path, string Text)> files)
    {
        foreach (var folder in new[] { directory, Path.Combine(directory, "checklists") })
        {
            var kind = PathKinds.Of(folder);
            if (kind is not (PathKind.Missing or PathKind.Directory))
            {
                throw UsageException.Of(nameof(Messages.GenerateOutNotDirectory), ("path", folder));
            }
        }

        foreach (var (name, _) in files)
        {
            var target = Path.Combine(directory, name);
            if (PathKinds.Of(target) != PathKind.Missing)
            {
                throw UsageException.Of(nameof(Messages.GenerateFileExists), ("path", target));
            }
        }

        var created = new List<string>();
        try
        {
            foreach (var folder in new[] { directory, Path.Combine(directory, "checklists") })
            {
                if (!Directory.Exists(folder))
                {
                    Directory.CreateDirectory(folder);
                    created.Add(folder);
                }
            }

            foreach (var (name, text) in files)
            {
                var target = Path.Combine(directory, name);
                using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                created.Add(target);
                using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only what this run created is removed: files first, then the folders it made (last made, first removed).
            created.Reverse();
            foreach (var path in created)
            {
                try
                {
                    if (File.Exists(path))
                    {
                        File.Delete(path);
                    }
                    else
                    {
                        Directory.Delete(path);
                    }
                }
                catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
                {
                    // Best effort: something of this run left behind, never something else.
                }
            }

            throw new UsageException(Catalog.Of(nameof(Messages.DirectoryCannotCreate), ("path", directory), ("reason", e.Message)), e);
        }
    }

    public static FindingsDocument ToDocument(SyntheticCity city) => new()
    {
        Units = city.Tree.Units,
        Cadres = city.Cadres,
        Findings = [.. city.Findings.Select(FindingRecord.From)],
        Bonuses = [.. city.Bonuses.Select(b => new BonusRecord { Unit = b.Unit, Quarter = b.Quarter, BonusId = b.Claim.BonusId, Count = b.Claim.Count, Note = b.Claim.Note })],
    };

    /// <summary>Cases as one JSON array, each element in the package's case format.</summary>
    public static string CasesJson(IEnumerable<AccountabilityCase> cases) =>
        "[\n" + string.Join(",\n", cases.Select(AccountabilityCaseJson.Save)) + "\n]\n";
}
