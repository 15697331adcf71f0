using System.Reflection;
using System.Xml.Linq;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Columnar;

namespace AccountabilityKit.Hosting.Tests;

/// <summary>
/// The domain packages depend on the vocabulary, NodaTime and Ardalis.Specification (and Statistics on what it
/// projects): DI, options, logging and file watching live here, in Hosting, as Polly.Core leaves them to Polly.Extensions.
/// </summary>
public sealed class DomainPackageDependencyTests
{
    private const string Forbidden = "Microsoft.Extensions.";

    public static TheoryData<string> DomainPackages =>
        ["AccountabilityKit", "AccountabilityKit.Checklists", "AccountabilityKit.Assessment", "AccountabilityKit.Accountability", "AccountabilityKit.Statistics"];

    private static readonly Dictionary<string, Assembly> Assemblies = new Type[]
    {
        typeof(OrgTree), typeof(NearDuplicateDetector), typeof(QuarterlyScorer), typeof(RegulationPackCatalog), typeof(FactTable),
    }.ToDictionary(t => t.Assembly.GetName().Name!, t => t.Assembly, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(DomainPackages))]
    public void DomainAssembly_ReferencesNoMicrosoftExtensionsAssembly(string package)
    {
        Assemblies[package].GetReferencedAssemblies().Select(a => a.Name!)
            .Should().NotContain(n => n.StartsWith(Forbidden, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DomainPackages))]
    public void DomainAssembly_ReferencesNoMicrosoftExtensionsAssembly_Transitively(string package) =>
        ReferenceClosure(Assemblies[package]).Should().NotContain(n => n.StartsWith(Forbidden, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(DomainPackages))]
    public void DomainProject_HasNoMicrosoftExtensionsPackageReference(string package)
    {
        PackageReferences(package).Should().NotContain(n => n.StartsWith(Forbidden, StringComparison.Ordinal));
    }

    [Fact]
    public void TheChecks_FindTheReferencesOfThisPackage()
    {
        // The same checks run on Hosting itself find its Microsoft.Extensions references: they can fail.
        typeof(AccountabilityKitBuilder).Assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Should().Contain(n => n.StartsWith(Forbidden, StringComparison.Ordinal));
        ReferenceClosure(typeof(AccountabilityKitBuilder).Assembly).Should().Contain("Microsoft.Extensions.Options");
        XDocument.Parse("""<Project><ItemGroup><PackageReference Include="Microsoft.Extensions.Options" /></ItemGroup></Project>""")
            .Descendants("PackageReference").Select(e => (string?)e.Attribute("Include")).Should().Contain(n => n!.StartsWith(Forbidden, StringComparison.Ordinal));
    }

    /// <summary>The names of every assembly reachable through references, framework assemblies excluded.</summary>
    private static HashSet<string> ReferenceClosure(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([root]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                var name = reference.Name!;
                if (IsFramework(name) || !seen.Add(name))
                {
                    continue;
                }

                pending.Push(Assembly.Load(reference));
            }
        }

        return seen;
    }

    private static bool IsFramework(string name) =>
        name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal) ||
        (name.StartsWith("Microsoft.", StringComparison.Ordinal) && !name.StartsWith(Forbidden, StringComparison.Ordinal));

    private static List<string> PackageReferences(string package)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "DomainProjects", $"{package}.csproj");
        File.Exists(path).Should().BeTrue("the test project copies {0}", path);
        return [.. XDocument.Load(path).Descendants("PackageReference")
            .Select(e => (string?)e.Attribute("Include") ?? (string?)e.Attribute("Update") ?? string.Empty)];
    }
}
