using System.CommandLine;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Synthetic;

namespace AccountabilityKit.Cli.Commands;

/// <summary><c>akit generate --units N --years 2017-2026 --out DIR [--seed S]</c>: deterministic synthetic data in the documented formats.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var units = context.WholeNumber("--units", nameof(Messages.HelpGenerateUnits), 12);
        var years = new Option<string>("--years") { Description = context.Help(nameof(Messages.HelpGenerateYears)), DefaultValueFactory = _ => "2021-2021" };
        var outDir = new Option<string>("--out") { Description = context.Help(nameof(Messages.HelpGenerateOut)) };
        var seed = context.WholeNumber("--seed", nameof(Messages.HelpGenerateSeed), 2021);
        var command = new Command("generate", context.Help(nameof(Messages.HelpGenerate))) { units, years, outDir, seed };
        context.Require(command, outDir);
        command.SetAction(parse =>
        {
            var output = context.OutputFor(parse, allowData: false);
            var count = parse.GetValue(units);
            if (count is < 2 or > 2000)
            {
                throw UsageException.Of(nameof(Messages.UsageUnitsOutOfRange));
            }

            var (first, last) = ParseYears(parse.GetValue(years)!);
            var files = SyntheticFiles.Write(parse.GetValue(outDir)!, count, first, last, parse.GetValue(seed));
            output.Line(output.Say(nameof(Messages.GenerateWrote), ("count", files.Count), ("directory", parse.GetValue(outDir))));
            foreach (var (name, description) in files)
            {
                output.Line($"  {name}  {output.Text.Render(description)}");
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

        throw UsageException.Of(nameof(Messages.UsageYearsInvalid), ("text", text));
    }
}
