using System.IO.Compression;
using System.Security.Cryptography;
using System.Xml.Linq;
using AccountabilityKit.Organization;

namespace AccountabilityKit.PackageTests;

public class PackageContentTests
{
    private static string ConsumedVersion => PackedPackageAttribute.ConsumedVersion;

    private static string PackagePath(string extension) =>
        Path.Combine(PackedPackageAttribute.Current.Folder, $"AccountabilityKit.{ConsumedVersion}.{extension}");

    [Fact]
    public void Library_IsTheAssemblyInsideThePackedPackage_NotAProjectBuild()
    {
        using var zip = ZipFile.OpenRead(PackagePath("nupkg"));
        using var packed = zip.GetEntry("lib/net10.0/AccountabilityKit.dll")!.Open();
        using var loaded = File.OpenRead(typeof(OrgTree).Assembly.Location);

        Convert.ToHexString(SHA256.HashData(loaded)).Should().Be(Convert.ToHexString(SHA256.HashData(packed)));
    }

    [Fact]
    public void Restore_TookThePackageFromTheFreshCache()
    {
        var cached = Path.Combine(PackedPackageAttribute.Current.Folder, "..", "package-cache", "accountabilitykit", ConsumedVersion.ToLowerInvariant());

        Directory.Exists(cached).Should().BeTrue($"the package should have been restored into {cached}");
    }

    [Fact]
    public void Package_ContainsReadmeLicenceLibraryAndXmlDocs()
    {
        using var zip = ZipFile.OpenRead(PackagePath("nupkg"));
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        entries.Should().Contain(["README.md", "LICENSE", "lib/net10.0/AccountabilityKit.dll", "lib/net10.0/AccountabilityKit.xml"]);
        using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
        readme.ReadToEnd().Should().Contain("OrgTree.Build").And.Contain("AK010");
    }

    [Fact]
    public void Nuspec_DeclaresLicenceExpressionReadmeAndDependencies()
    {
        using var zip = ZipFile.OpenRead(PackagePath("nupkg"));
        using var stream = zip.GetEntry("AccountabilityKit.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.GetDefaultNamespace();
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        metadata.Element(ns + "license")!.Value.Should().Be("MIT");
        metadata.Element(ns + "license")!.Attribute("type")!.Value.Should().Be("expression");
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        metadata.Element(ns + "description")!.Value.Should().Contain("两个责任");
        metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value)
            .Should().BeEquivalentTo("NodaTime", "NodaTime.Serialization.SystemTextJson");
    }

    [Fact]
    public void XmlDocumentation_DescribesThePublicApi()
    {
        using var zip = ZipFile.OpenRead(PackagePath("nupkg"));
        using var stream = zip.GetEntry("lib/net10.0/AccountabilityKit.xml")!.Open();
        var members = XDocument.Load(stream).Descendants("member").Select(m => m.Attribute("name")!.Value).ToList();

        members.Should().Contain("T:AccountabilityKit.Organization.OrgTree");
        members.Should().Contain(m => m.StartsWith("M:AccountabilityKit.Organization.OrgTree.IsWithin", StringComparison.Ordinal));
        members.Should().Contain(m => m.StartsWith("M:AccountabilityKit.Time.AssessmentQuarter.Parse", StringComparison.Ordinal));
    }

    [Fact]
    public void Package_ShipsTheChineseReadme_AndTheEnglishSatellite()
    {
        using var zip = ZipFile.OpenRead(PackagePath("nupkg"));
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        entries.Should().Contain(["README.zh-CN.md", "lib/net10.0/en/AccountabilityKit.resources.dll"]);
        using var readme = new StreamReader(zip.GetEntry("README.zh-CN.md")!.Open());
        readme.ReadToEnd().Should().Contain("dotnet add package AccountabilityKit --prerelease").And.Contain("问题代码");
    }

    [Fact]
    public void Messages_FromThePackedPackage_AreChineseByDefault_AndEnglishFromTheSatellite()
    {
        var report = OrgTree.Validate([new OrgUnit(new OrgUnitId("NT"), " ", UnitKind.City)]);
        var issue = report.Issues.Single();

        issue.Render(System.Globalization.CultureInfo.InvariantCulture).Should().Be("单位“NT”没有名称。");
        issue.Render(System.Globalization.CultureInfo.GetCultureInfo("en-US")).Should().Be("The unit 'NT' has no name.");
    }

    [Fact]
    public void SymbolPackage_ContainsThePortablePdb()
    {
        using var zip = ZipFile.OpenRead(PackagePath("snupkg"));

        zip.Entries.Select(e => e.FullName).Should().Contain("lib/net10.0/AccountabilityKit.pdb");
    }
}
