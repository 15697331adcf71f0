using System.CommandLine;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Serve;
using Microsoft.Extensions.Hosting;

namespace AccountabilityKit.Cli.Commands;

/// <summary>
/// <c>akit serve [--db FILE | --postgres CONNSTRING] [--urls URLS] [--development] [--dev-token UNIT] [--token-file FILE]</c>:
/// the kit over HTTP until Ctrl-C or SIGTERM (exit 0).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var db = new Option<string>("--db") { Description = context.Help(nameof(Messages.HelpServeDb)), DefaultValueFactory = _ => "akit-serve.db" };
        var postgres = new Option<string?>("--postgres") { Description = context.Help(nameof(Messages.HelpServePostgres)) };
        var urls = new Option<string>("--urls") { Description = context.Help(nameof(Messages.HelpServeUrls)), DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var development = new Option<bool>("--development") { Description = context.Help(nameof(Messages.HelpServeDevelopment)) };
        var devToken = new Option<string?>("--dev-token") { Description = context.Help(nameof(Messages.HelpServeDevToken)) };
        var tokenFile = new Option<string?>("--token-file") { Description = context.Help(nameof(Messages.HelpServeTokenFile)) };
        var command = new Command("serve", context.Help(nameof(Messages.HelpServe))) { db, postgres, urls, development, devToken, tokenFile };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = context.OutputFor(parse, allowData: false);
            _ = output;
            var givenDb = parse.GetResult(db) is { Implicit: false };
            if (givenDb && parse.GetValue(postgres) is not null)
            {
                throw UsageException.Of(nameof(Messages.ServeDbOrPostgres));
            }

            var unit = parse.GetValue(devToken);
            if (unit is not null && string.IsNullOrWhiteSpace(unit))
            {
                throw UsageException.Of(nameof(Messages.ServeDevTokenEmpty));
            }

            var file = parse.GetValue(tokenFile);
            if (file is not null && unit is null)
            {
                throw UsageException.Of(nameof(Messages.ServeTokenFileNeedsUnit));
            }

            var settings = new ServeSettings
            {
                DatabaseFile = parse.GetValue(db)!,
                Postgres = parse.GetValue(postgres),
                Urls = parse.GetValue(urls)!,
                Development = parse.GetValue(development),
                DevTokenUnit = unit,
                TokenFile = file,
                JsonLogs = !context.Interactive,
            };
            return await RunAsync(context, settings, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Runs the host until <paramref name="cancellationToken"/> fires or the host is asked to stop; exit 0.</summary>
    public static async Task<int> RunAsync(CliContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var host = await ServeHost.CreateAsync(settings, context.Clock, cancellationToken).ConfigureAwait(false);
        await using (host.ConfigureAwait(false))
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            foreach (var address in host.Addresses)
            {
                await context.Stdout.WriteLineAsync(context.Text.Say(nameof(Messages.ServeListening), ("url", address))).ConfigureAwait(false);
            }

            if (host.DevelopmentToken is { } token)
            {
                await context.Stdout.WriteLineAsync(context.Text.Say(nameof(Messages.ServeDevToken), ("unit", settings.DevTokenUnit!))).ConfigureAwait(false);
                await context.Stdout.WriteLineAsync(token).ConfigureAwait(false);
                if (settings.TokenFile is { } path)
                {
                    await WriteNewFileAsync(path, token, cancellationToken).ConfigureAwait(false);
                }
            }

            await context.Stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await host.App.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }

            await context.Stdout.WriteLineAsync(context.Text.Say(nameof(Messages.ServeStopped))).ConfigureAwait(false);
            return ExitCodes.Success;
        }
    }

    private static async Task WriteNewFileAsync(string path, string token, CancellationToken cancellationToken)
    {
        try
        {
            var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await using (stream.ConfigureAwait(false))
            {
                var writer = new StreamWriter(stream);
                await using (writer.ConfigureAwait(false))
                {
                    await writer.WriteAsync(token.AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(Catalog.Of(nameof(Messages.ServeTokenFileNotWritten), ("path", path), ("reason", e.Message)), e);
        }
    }
}
