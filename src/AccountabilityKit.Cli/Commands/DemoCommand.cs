using System.CommandLine;
using AccountabilityKit.Cli.Demo;

namespace AccountabilityKit.Cli.Commands;

/// <summary><c>akit demo [--db FILE] [--seed N]</c>: the whole chain on a synthetic city, stored in SQLite.</summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var db = new Option<string>("--db") { Description = context.Help(nameof(Messages.HelpDemoDb)), DefaultValueFactory = _ => "akit-demo.db" };
        var seed = context.WholeNumber("--seed", nameof(Messages.HelpDemoSeed), 2021);
        var command = new Command("demo", context.Help(nameof(Messages.HelpDemo))) { db, seed };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = context.OutputFor(parse, allowData: false);
            var run = new DemoRun(output, new SqliteDemoStore(parse.GetValue(db)!), parse.GetValue(seed));
            return await run.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
