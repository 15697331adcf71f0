using System.Globalization;
using System.Text;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// The load times of the statistics benchmarks, which are not part of the measured queries: printed to the
/// benchmark log and appended as a row of a markdown table to <c>StatisticsLoadTimes.md</c> in the results folder of
/// the BenchmarkDotNet artifacts (or the folder named by <c>AKIT_BENCH_ARTIFACTS</c>). The <see cref="StatisticsLoadColumn"/>
/// reads that file back into the summary.
/// </summary>
internal static class StatisticsLoadTimes
{
    public const string FileName = "StatisticsLoadTimes.md";

    private const string ArtifactsVariable = "AKIT_BENCH_ARTIFACTS";
    private const string ArtifactsFolder = "BenchmarkDotNet.Artifacts";

    public static void Record(string benchmark, StatisticsDataSet data, int factTableBytesPerRow)
    {
        var invariant = CultureInfo.InvariantCulture;
        var forms = string.Join(", ", StatisticsDataSet.Forms.Select((form, i) => string.Create(invariant, $"{form} {Seconds(data.LoadSeconds[i])} s")));
        Console.WriteLine(string.Create(invariant, $"// Statistics load, {benchmark}, {data.Count:N0} rows: {forms}; FactTable {factTableBytesPerRow} B/row"));

        try
        {
            var path = Path.Combine(ResultsDirectory(), FileName);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = new StringBuilder();
            if (!File.Exists(path))
            {
                text.AppendLine("| Benchmark | Rows | " + string.Join(" | ", StatisticsDataSet.Forms.Select(f => f + " (s)")) + " | FactTable B/row |");
                text.AppendLine("|---|---:|" + string.Concat(StatisticsDataSet.Forms.Select(_ => "---:|")) + "---:|");
            }

            text.AppendLine(string.Create(invariant, $"| {benchmark} | {data.Count} | {string.Join(" | ", data.LoadSeconds.Select(Seconds))} | {factTableBytesPerRow} |"));
            File.AppendAllText(path, text.ToString());
            Console.WriteLine($"// Statistics load times appended to {path}");
        }
        catch (IOException e)
        {
            Console.WriteLine($"// Statistics load times not written: {e.Message}");
        }
    }

    private static string Seconds(double? seconds) => seconds?.ToString("F2", CultureInfo.InvariantCulture) ?? "-";

    /// <summary>Seconds to load <paramref name="form"/> for <paramref name="benchmark"/> at <paramref name="rows"/>, from the last matching line of the file.</summary>
    public static double? Read(string resultsDirectory, string benchmark, int rows, string form)
    {
        var path = Path.Combine(resultsDirectory, FileName);
        var index = Array.IndexOf(StatisticsDataSet.Forms, form);
        if (!File.Exists(path) || index < 0)
        {
            return null;
        }

        double? found = null;
        foreach (var line in File.ReadLines(path))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            // "| name | rows | s0 | ... | s4 | bytes |" splits into an empty first and last cell.
            if (cells.Length == StatisticsDataSet.Forms.Length + 5
                && cells[1] == benchmark
                && cells[2] == rows.ToString(CultureInfo.InvariantCulture)
                && double.TryParse(cells[3 + index], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                found = seconds;
            }
        }

        return found;
    }

    /// <summary>The artifacts' results folder: <c>AKIT_BENCH_ARTIFACTS</c>, else the nearest <c>BenchmarkDotNet.Artifacts</c> above the working or base directory.</summary>
    private static string ResultsDirectory()
    {
        if (Environment.GetEnvironmentVariable(ArtifactsVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (dir.Name == ArtifactsFolder)
                {
                    return Path.Combine(dir.FullName, "results");
                }

                if (Directory.Exists(Path.Combine(dir.FullName, ArtifactsFolder)))
                {
                    return Path.Combine(dir.FullName, ArtifactsFolder, "results");
                }
            }
        }

        return Path.Combine(Environment.CurrentDirectory, ArtifactsFolder, "results");
    }
}
