using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AccountabilityKit.Statistics.Tests;

/// <summary>
/// The README samples print what their comments say: every <c>```csharp</c> block with a <c>// Prints:</c> comment is
/// compiled (after the blocks it continues, as <see cref="ReadmeBlocksTests"/> does), run as a console program, and its
/// output compared line by line with the comment lines under <c>// Prints:</c> of that block and the blocks it continues.
/// </summary>
public sealed partial class ReadmeSamplesRunTests
{
    private const string Continues = "// continues the previous sample";
    private const string Prints = "// Prints:";

    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lock Console_ = new();

    [Theory]
    [InlineData("PackageReadme.md")]
    [InlineData("PackageReadme.zh-CN.md")]
    public void SamplesWithAPrintsComment_PrintExactlyWhatTheCommentSays(string file)
    {
        var prelude = new StringBuilder();
        var expected = new List<string>();
        var ran = 0;
        var index = 0;
        foreach (Match block in Block().Matches(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file))))
        {
            index++;
            var code = block.Groups["code"].Value;
            var continues = code.TrimStart().StartsWith(Continues, StringComparison.Ordinal);
            if (!continues)
            {
                expected.Clear();
            }

            var source = continues ? prelude + code : code;
            prelude.Clear().Append(source).AppendLine();
            var printed = PrintedLines(code);
            expected.AddRange(printed);
            if (!code.Contains(Prints, StringComparison.Ordinal))
            {
                continue;
            }

            ran++;
            var output = Run(source);
            output.Should().Equal(expected, "{0} block {1} prints what its '// Prints:' comments say; it printed:\n{2}", file, index, string.Join('\n', output));
        }

        ran.Should().BePositive("{0} has samples that say what they print", file);
    }

    /// <summary>The comment lines under <c>// Prints:</c> in <paramref name="code"/>, without their <c>// </c>.</summary>
    private static List<string> PrintedLines(string code)
    {
        var lines = new List<string>();
        var inside = false;
        foreach (var raw in code.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (line == Prints)
            {
                inside = true;
            }
            else if (inside && line.StartsWith("//", StringComparison.Ordinal))
            {
                lines.Add(line.Length > 2 && line[2] == ' ' ? line[3..] : line[2..]);
            }
            else
            {
                inside = false;
            }
        }

        return lines;
    }

    /// <summary>Compiles <paramref name="source"/> as a console program, runs it and returns the lines it wrote.</summary>
    private static List<string> Run(string source)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "ReadmeSampleRun" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(ImplicitUsings, parse), CSharpSyntaxTree.ParseText(source, parse, path: "Sample.cs")],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication).WithNullableContextOptions(NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Success.Should().BeTrue(string.Join('\n', emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var entry = Assembly.Load(image.ToArray()).EntryPoint!;
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        lock (Console_)
        {
            var previous = Console.Out;
            Console.SetOut(output);
            try
            {
                var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? [] : [Array.Empty<string>()]);
                if (result is Task task)
                {
                    task.GetAwaiter().GetResult();
                }
            }
            finally
            {
                Console.SetOut(previous);
            }
        }

        var lines = output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
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
            AssemblyName.GetAssemblyName(file);
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
