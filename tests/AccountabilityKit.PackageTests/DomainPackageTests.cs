using System.IO.Compression;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Decisions;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.PackageTests;

/// <summary>
/// The domain packages as a user gets them: their embedded data (templates, example rule sets, regulation packs) must
/// load from the packed assemblies, and each package must carry its README and XML docs.
/// </summary>
public class DomainPackageTests
{
    [Theory]
    [InlineData("AccountabilityKit.Checklists")]
    [InlineData("AccountabilityKit.Assessment")]
    [InlineData("AccountabilityKit.Accountability")]
    [InlineData("AccountabilityKit.Hosting")]
    public void Package_ContainsReadmeLicenceLibraryAndXmlDocs(string id)
    {
        var version = PackedPackageAttribute.ConsumedVersion;
        using var zip = ZipFile.OpenRead(Path.Combine(PackedPackageAttribute.Current.Folder, $"{id}.{version}.nupkg"));

        zip.Entries.Select(e => e.FullName).Should().Contain(["README.md", "LICENSE", $"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml"]);
        File.Exists(Path.Combine(PackedPackageAttribute.Current.Folder, $"{id}.{version}.snupkg")).Should().BeTrue();
    }

    /// <summary>Dependency injection, options and logging are the Hosting package's: no domain package's nuspec lists them.</summary>
    [Theory]
    [InlineData("AccountabilityKit")]
    [InlineData("AccountabilityKit.Checklists")]
    [InlineData("AccountabilityKit.Assessment")]
    [InlineData("AccountabilityKit.Accountability")]
    [InlineData("AccountabilityKit.Statistics")]
    public void DomainPackage_DependsOnNoMicrosoftExtensionsPackage(string id)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(PackedPackageAttribute.Current.Folder, $"{id}.{PackedPackageAttribute.ConsumedVersion}.nupkg"));
        using var nuspec = new StreamReader(zip.GetEntry($"{id}.nuspec")!.Open());

        nuspec.ReadToEnd().Should().Contain("<dependencies").And.NotContain("Microsoft.Extensions.");
    }

    [Fact]
    public void Checklists_BuiltInTemplates_LoadFromThePackage()
    {
        var county = BuiltInTemplates.CountyCommittee2021;

        county.Aspects.Should().HaveCount(27);
        county.Duties.Should().HaveCount(94);
        Labels.FindUnlabelled(typeof(ChecklistTemplate).Assembly).Should().BeEmpty();
    }

    [Fact]
    public void Assessment_ExampleRuleSet_ScoresAFindingFromThePackage()
    {
        var city = new OrgUnit(new OrgUnitId("NT"), "南通市委", UnitKind.City);
        var county = new OrgUnit(new OrgUnitId("RG"), "如皋市委", UnitKind.County, city.Id);
        var scorer = new QuarterlyScorer(BuiltInRuleSets.CountyLevel2026, OrgTree.Build([city, county]));
        var q2 = AssessmentQuarter.Parse("2026Q2");
        var finding = new Finding("2026Q2-001", county.Id, q2, FindingSource.QuarterlyInspection, "workStyle", FindingSeverity.General, "会议记录不规范")
        {
            RectificationDeadline = new LocalDate(2026, 6, 15),
        };

        var card = scorer.Score(new ScoringInput(county.Id, q2, AsOf: new LocalDate(2026, 6, 30)) { Findings = [finding] });

        card.Total.Should().Be(98.0m);
        card.Lines.Sum(l => l.Points).Should().Be(card.Total);
        Labels.FindUnlabelled(typeof(QuarterlyScorer).Assembly).Should().BeEmpty();
    }

    [Fact]
    public void Accountability_DefaultPack_LoadsFromThePackage_AndExplainsWithCitations()
    {
        var pack = RegulationPackCatalog.CreateDefault().For("ARR2019");

        var advice = DecisionSupport.Recommend(pack, SubjectKind.Cadre, HarmLevel.General, [Circumstance.PeoplesLivelihoodMisconduct], []);

        pack.Forms.Should().NotBeEmpty();
        advice.Steps.Should().NotBeEmpty().And.OnlyContain(s => s.Citation.RegulationKey.Length > 0);
        Labels.FindUnlabelled(typeof(AccountabilityCase).Assembly).Should().BeEmpty();
    }
}
