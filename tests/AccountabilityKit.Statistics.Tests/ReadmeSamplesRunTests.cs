using AccountabilityKit.TestSupport;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;

namespace AccountabilityKit.Statistics.Tests;

/// <summary>
/// The README samples print what their comments say: every <c>```csharp</c> block with a <c>// Prints:</c> comment is
/// compiled (after the blocks it continues, as <see cref="ReadmeBlocksTests"/> does), run as a console program, and its
/// output compared line by line with the comment lines under <c>// Prints:</c> of that block and the blocks it continues.
/// </summary>
public sealed class ReadmeSamplesRunTests
{
    private const string Prints = "// Prints:";

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
        foreach (var code in ReadmeSamplesCompileTests.CSharpBlocks(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file))))
        {
            index++;
            var continues = code.TrimStart().StartsWith(ReadmeSamplesCompileTests.Continues, StringComparison.Ordinal);
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
        var compilation = ReadmeSamplesCompileTests.CreateCompilation(source, "ReadmeSampleRun" + Guid.NewGuid().ToString("N"));
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
}
