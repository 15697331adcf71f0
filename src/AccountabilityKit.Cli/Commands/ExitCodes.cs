namespace AccountabilityKit.Cli.Commands;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Success: the input was read and has no problems.</summary>
    public const int Success = 0;

    /// <summary>The input was read and has problems (printed with their codes and JSON paths).</summary>
    public const int Problems = 1;

    /// <summary>Bad usage or unreadable input: unknown option, missing file, malformed JSON.</summary>
    public const int Usage = 2;

    /// <summary>An unexpected failure inside the tool (a bug): a one-line message, no stack trace.</summary>
    public const int Internal = 3;
}
