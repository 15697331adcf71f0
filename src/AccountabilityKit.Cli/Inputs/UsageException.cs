namespace AccountabilityKit.Cli.Inputs;

/// <summary>Bad usage or unreadable input (missing file, malformed JSON): exit code 2, a one-line message, no stack trace.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UsageException()
    {
    }
}
