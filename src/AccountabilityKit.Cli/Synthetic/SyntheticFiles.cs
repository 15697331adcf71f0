using System.Text;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Checklists.Tailoring;
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

    public static IReadOnlyList<(string Name, Message Description)> Write(string directory, int units, int firstYear, int lastYear, int seed)
    {
        var (counties, departments) = Split(units);
        var city = SyntheticCity.Build(seed, counties, departments, firstYear, lastYear);
        try
        {
            Directory.CreateDirectory(directory);
            Directory.CreateDirectory(Path.Combine(directory, "checklists"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(Catalog.Of(nameof(Messages.DirectoryCannotCreate), ("path", directory), ("reason", e.Message)), e);
        }

        var written = new List<(string, Message)>();
        void Save(string name, string text, Message description)
        {
            File.WriteAllText(Path.Combine(directory, name), text, new UTF8Encoding(false));
            written.Add((name, description));
        }

        Save("org-tree.json", AccountabilityKitJson.Write(city.Tree.Units.ToList(), CliJsonContext.InfoOf<List<OrgUnit>>()),
            Catalog.Of(nameof(Messages.GenerateOrgTree), ("units", city.Tree.Count), ("counties", counties), ("departments", departments)));
        foreach (var list in city.Checklists)
        {
            File.WriteAllText(Path.Combine(directory, "checklists", list.Id + ".json"), ResponsibilityChecklistJson.Save(list), new UTF8Encoding(false));
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
        return written;
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
