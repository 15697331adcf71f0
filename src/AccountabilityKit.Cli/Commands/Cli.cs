using System.CommandLine;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Cli.Commands;

/// <summary>The testable entry point of <c>akit</c>: parse, run, map every failure to an exit code.</summary>
internal static class Cli
{
    /// <summary>Runs the tool with the given arguments, writers and clock, and returns the exit code (0, 1, 2 or 3).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IClock clock, bool interactive = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);

        var context = new CliContext(stdout, stderr, clock, interactive);
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync("akit: " + error.Message).ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Run 'akit --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            }).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync("akit: " + e.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (ValidationFailedException e)
        {
            await stderr.WriteLineAsync("akit: the input has problems:").ConfigureAwait(false);
            foreach (var issue in e.Report.Issues)
            {
                await stderr.WriteLineAsync("  " + issue).ConfigureAwait(false);
            }

            return ExitCodes.Problems;
        }
#pragma warning disable CA1031 // The tool's last line of defence: a one-line message instead of a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"akit: internal error ({e.GetType().Name}): {e.Message}").ConfigureAwait(false);
            return ExitCodes.Internal;
        }
    }

    /// <summary>The command tree.</summary>
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("akit — AccountabilityKit: check templates, checklists, findings, accountability cases and statistics; run the end-to-end demo.")
        {
            context.Lang,
            context.Format,
        };
        root.Subcommands.Add(TemplateCommand.Create(context));
        root.Subcommands.Add(ChecklistCommand.Create(context));
        root.Subcommands.Add(ScoreCommand.Create(context));
        root.Subcommands.Add(CaseCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        return root;
    }
}
