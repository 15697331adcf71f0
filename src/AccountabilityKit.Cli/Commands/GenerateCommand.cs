using System.CommandLine;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Synthetic;

namespace AccountabilityKit.Cli.Commands;

/// <summary><c>akit generate --units N --years 2017-2026 --out DIR [--seed S]</c>: deterministic synthetic data in the documented formats.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var units = new Option<int>("--units") { Description = "Number of county-level units and city departments together (2..2000)", DefaultValueFactory = _ => 12 };
        var years = new Option<string>("--years") { Description = "Year range, e.g. 2017-2026", DefaultValueFactory = _ => "2021-2021" };
        var outDir = new Option<string>("--out") { Description = "Output directory (created; existing files of the same names are replaced)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same files", DefaultValueFactory = _ => 2021 };
        var command = new Command("generate", "Write deterministic synthetic data: org tree, checklists, findings, rule sets, cases, facts") { units, years, outDir, seed };
        command.SetAction(parse =>
        {
            var output = context.OutputFor(parse, allowData: false);
            var count = parse.GetValue(units);
            if (count is < 2 or > 2000)
            {
                throw new UsageException("--units must be between 2 and 2000");
            }

            var (first, last) = ParseYears(parse.GetValue(years)!);
            var files = SyntheticFiles.Write(parse.GetValue(outDir)!, count, first, last, parse.GetValue(seed));
            output.Line(output.T($"已写入 {files.Count} 个文件到 {parse.GetValue(outDir)}：", $"Wrote {files.Count} file(s) to {parse.GetValue(outDir)}:"));
            foreach (var (name, description) in files)
            {
                output.Line($"  {name}  {description}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static (int First, int Last) ParseYears(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var last)
            && first is >= 2000 and <= 2100 && last >= first && last - first < 50)
        {
            return (first, last);
        }

        throw new UsageException($"--years '{text}' must be a range such as 2017-2026 (years 2000–2100, at most 50 of them)");
    }
}
