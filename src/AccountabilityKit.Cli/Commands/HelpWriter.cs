using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Text;
using AccountabilityKit.Cli.Output;

namespace AccountabilityKit.Cli.Commands;

/// <summary>
/// <c>--help</c>, written by the tool in the run's language: the headings, usage line, required and default markers
/// come from the Cli catalogue (System.CommandLine's own zh-Hans resources leave several of them in English), the
/// descriptions from the command tree, which is built in the same language.
/// </summary>
internal sealed class HelpWriter(CliContext context) : SynchronousCommandLineAction
{
    /// <summary>Makes the root's <c>--help</c> (recursive: it serves every command) and <c>--version</c> speak the run's language.</summary>
    public static void Install(RootCommand root, CliContext context)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = context.Help(nameof(Messages.HelpOptionHelp));
                help.Action = new HelpWriter(context);
            }
            else if (option is VersionOption version)
            {
                version.Description = context.Help(nameof(Messages.HelpOptionVersion));
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        context.Stdout.Write(Write(parseResult.CommandResult.Command));
        return ExitCodes.Success;
    }

    /// <summary>The help text of <paramref name="command"/>.</summary>
    public string Write(Command command)
    {
        var text = context.Text;
        var builder = new StringBuilder();
        var path = string.Join(' ', Ancestry(command).Reverse().Select(c => c is RootCommand ? "akit" : c.Name));
        if (!string.IsNullOrEmpty(command.Description))
        {
            builder.Append(text.Say(nameof(Messages.HelpTitleDescription))).Append('\n');
            builder.Append("  ").Append(command.Description).Append("\n\n");
        }

        builder.Append(text.Say(nameof(Messages.HelpTitleUsage))).Append('\n').Append("  ").Append(path);
        if (command.Subcommands.Count > 0)
        {
            builder.Append(' ').Append(text.Say(nameof(Messages.HelpUsageCommand)));
        }

        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            builder.Append(" <").Append(argument.Name).Append('>');
            if (argument.Arity.MaximumNumberOfValues > 1)
            {
                builder.Append("...");
            }
        }

        builder.Append(' ').Append(text.Say(nameof(Messages.HelpUsageOptions))).Append("\n\n");

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => ("<" + a.Name + ">", a.Description ?? string.Empty)).ToList();
        Section(builder, text.Say(nameof(Messages.HelpTitleArguments)), arguments);

        var options = command.Options
            .Concat(Ancestry(command).Skip(1).SelectMany(c => c.Options).Where(o => o.Recursive && o is not VersionOption))
            .Where(o => !o.Hidden)
            .Distinct()
            .Select(o => (Label(o), Describe(o)))
            .ToList();
        Section(builder, text.Say(nameof(Messages.HelpTitleOptions)), options);

        var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? string.Empty)).ToList();
        Section(builder, text.Say(nameof(Messages.HelpTitleCommands)), commands);
        return builder.ToString();
    }

    private string Label(Option option)
    {
        var names = option.Aliases.Append(option.Name).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        if (option.Arity.MaximumNumberOfValues > 0)
        {
            label += " <" + (option.HelpName ?? option.Name.TrimStart('-')) + ">";
        }

        return context.IsRequired(option) ? label + " " + context.Text.Say(nameof(Messages.HelpRequired)) : label;
    }

    private string Describe(Option option)
    {
        var description = option.Description ?? string.Empty;
        if (option.HasDefaultValue && option.Arity.MaximumNumberOfValues > 0 && option.GetDefaultValue() is { } value)
        {
            var shown = Convert.ToString(value, CultureInfo.InvariantCulture);
            if (!string.IsNullOrEmpty(shown))
            {
                description += " " + context.Text.Say(nameof(Messages.HelpDefault), ("value", shown));
            }
        }

        return description;
    }

    private static void Section(StringBuilder builder, string title, List<(string First, string Second)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var width = rows.Max(r => r.First.Length) + 2;
        builder.Append(title).Append('\n');
        foreach (var (first, second) in rows)
        {
            builder.Append("  ").Append(first.PadRight(width)).Append(second).Append('\n');
        }

        builder.Append('\n');
    }

    private static IEnumerable<Command> Ancestry(Command command)
    {
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return c;
        }
    }
}
