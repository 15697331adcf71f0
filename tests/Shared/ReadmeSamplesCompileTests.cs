using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AccountabilityKit.TestSupport;

/// <summary>
/// Every <c>```csharp</c> block of a package's READMEs compiles as written, as the program a user pastes into
/// <c>dotnet new console</c> (implicit usings of a console app, nullable on) with the package and its dependencies
/// referenced. A block whose first line is <c>// continues the previous sample</c> is compiled after the blocks before
/// it (the visible prelude). Compiled into every test project; a package's test class names its README files, which
/// the test project copies to its output.
/// </summary>
public abstract partial class ReadmeSamplesCompileTests(params string[] readmeFiles)
{
    /// <summary>The first line of a block that is compiled after the blocks before it.</summary>
    public const string Continues = "// continues the previous sample";

    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    [Fact]
    public void EveryCSharpBlock_Compiles()
    {
        var failures = new List<string>();
        var compiled = 0;
        foreach (var file in readmeFiles)
        {
            var path = Path.Combine(AppContext.BaseDirectory, file);
            File.Exists(path).Should().BeTrue("the test project copies {0} to its output", file);
            var prelude = new StringBuilder();
            var index = 0;
            foreach (var code in CSharpBlocks(File.ReadAllText(path)))
            {
                index++;
                var source = code.TrimStart().StartsWith(Continues, StringComparison.Ordinal) ? prelude + code : code;
                prelude.Clear().Append(source).AppendLine();
                var errors = Compile(source);
                compiled++;
                if (errors.Count > 0)
                {
                    failures.Add($"{file} block {index}:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", errors)}");
                }
            }
        }

        compiled.Should().BePositive("the READMEs {0} have C# samples", string.Join(", ", readmeFiles));
        failures.Should().BeEmpty();
    }

    /// <summary>The code of every <c>```csharp</c> block of <paramref name="markdown"/>, in order.</summary>
    public static IEnumerable<string> CSharpBlocks(string markdown) =>
        Block().Matches(markdown).Select(static m => m.Groups["code"].Value);

    /// <summary>The compiler errors of <paramref name="source"/> as a user's console program.</summary>
    public static IReadOnlyList<string> Compile(string source) =>
        [.. CreateCompilation(source, "ReadmeSample").GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())];

    /// <summary>
    /// <paramref name="source"/> as a user's program: the implicit usings of a console app, nullable on, the test
    /// output's assemblies referenced; a console application when it has top-level statements, else a library.
    /// </summary>
    public static CSharpCompilation CreateCompilation(string source, string assemblyName)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(ImplicitUsings, parse),
            CSharpSyntaxTree.ParseText(source, parse, path: "Sample.cs"),
        };
        var hasStatements = trees[1].GetCompilationUnitRoot().Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any();
        var options = new CSharpCompilationOptions(hasStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable);
        return CSharpCompilation.Create(assemblyName, trees, References.Value, options);
    }

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => !Path.GetFileName(f).Contains(".Tests", StringComparison.Ordinal));
        return [.. platform.Concat(local)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .Where(IsManaged)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))];
    });

    private static bool IsManaged(string file)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(file);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^```csharp[ \t]*\r?\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Block();
}
