using System.CommandLine;
using System.Globalization;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Cli.Commands;

/// <summary>The testable entry point of <c>akit</c>: decide the language, parse, run, map every failure to an exit code.</summary>
internal static class Cli
{
    /// <summary>Runs the tool with the given arguments, writers and clock, and returns the exit code (0, 1, 2 or 3).</summary>
    /// <remarks>
    /// The language is decided before the command tree is built (System.CommandLine reads descriptions when it builds
    /// help): <c>--lang</c> if given, else <see cref="CultureInfo.CurrentUICulture"/>, zh-CN for anything not English.
    /// For the run, the current UI culture is that language, so System.CommandLine's own words (help headings, parse
    /// errors) come from its zh-Hans or English resources too; it is restored afterwards.
    /// </remarks>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="clock">The clock (today's date for <c>score</c>).</param>
    /// <param name="interactive">Whether standard output is a terminal (colours, spinners).</param>
    /// <param name="width">The width of redirected output (default 160 columns); tests widen it so no table cell wraps.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IClock clock, bool interactive = false, int? width = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);

        var text = ToolText.Detect(args, CultureInfo.CurrentUICulture);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = text.Culture;
        try
        {
            return await RunInAsync(text, args, stdout, stderr, clock, interactive, width ?? ToolOutput.RedirectedWidth).ConfigureAwait(false);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static async Task<int> RunInAsync(ToolText text, string[] args, TextWriter stdout, TextWriter stderr, IClock clock, bool interactive, int width)
    {
        var context = new CliContext(stdout, stderr, clock, interactive, text) { Width = width };
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        // --help wins over the errors of an incomplete command line (a missing required option is no reason to refuse help).
        if (parse.Errors.Count > 0 && parse.Action is not HelpWriter)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync("akit: " + TerminalText.Escape(error.Message)).ConfigureAwait(false);
            }

            await stderr.WriteLineAsync(text.Say(nameof(Messages.UsageSeeHelp))).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        // For this run's flow only (an async local, restored when this method returns).
        InputEncoding.Value = InputEncoding.Parse(parse.GetValue(context.Encoding));
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
            await stderr.WriteLineAsync("akit: " + TerminalText.Escape(text.Render(e.Text))).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (ValidationFailedException e)
        {
            await stderr.WriteLineAsync("akit: " + text.Say(nameof(Messages.InputProblems))).ConfigureAwait(false);
            foreach (var issue in e.Report.Issues)
            {
                await stderr.WriteLineAsync("  " + TerminalText.Escape(issue.ToString(text.Culture))).ConfigureAwait(false);
            }

            return ExitCodes.Problems;
        }
#pragma warning disable CA1031 // The tool's last line of defence: a one-line message instead of a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync("akit: " + text.Say(nameof(Messages.InternalError), ("type", e.GetType().Name), ("reason", TerminalText.Escape(e.Message, TerminalText.CellLimit)))).ConfigureAwait(false);
            return ExitCodes.Internal;
        }
    }

    /// <summary>The command tree, described in the context's language.</summary>
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(context.Help(nameof(Messages.HelpRoot)))
        {
            context.Lang,
            context.Format,
            context.Encoding,
        };
        root.Subcommands.Add(TemplateCommand.Create(context));
        root.Subcommands.Add(ChecklistCommand.Create(context));
        root.Subcommands.Add(ScoreCommand.Create(context));
        root.Subcommands.Add(CaseCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        HelpWriter.Install(root, context);
        return root;
    }
}
