using System.Text;
using AccountabilityKit.Cli.Commands;
using NodaTime;

Console.OutputEncoding = Encoding.UTF8;

// The application is the one place that chooses the system clock; everything below takes an IClock.
#pragma warning disable RS0030
IClock clock = SystemClock.Instance;
#pragma warning restore RS0030

return await Cli.RunAsync(args, Console.Out, Console.Error, clock, interactive: !Console.IsOutputRedirected).ConfigureAwait(false);

/// <summary>The entry point of the <c>akit</c> tool (top-level statements).</summary>
internal sealed partial class Program;
