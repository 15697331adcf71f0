namespace AccountabilityKit.Cli.Serve;

/// <summary>What <c>akit serve</c> was asked for: the database, the addresses, the authentication mode.</summary>
internal sealed record ServeSettings
{
    /// <summary>The SQLite file (created by the tool when missing); ignored when <see cref="Postgres"/> is set.</summary>
    public string DatabaseFile { get; init; } = "akit-serve.db";

    /// <summary>A PostgreSQL connection string, or <see langword="null"/> for the embedded SQLite file.</summary>
    public string? Postgres { get; init; }

    /// <summary>The addresses Kestrel listens on (semicolon-separated); port 0 picks a free port.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Development mode: a random signing key for this run only.</summary>
    public bool Development { get; init; }

    /// <summary>The org unit a development token is printed for, or <see langword="null"/>.</summary>
    public string? DevTokenUnit { get; init; }

    /// <summary>A file the development token is also written to (created new, never overwritten), or <see langword="null"/>.</summary>
    public string? TokenFile { get; init; }

    /// <summary>Whether the logs are written as JSON lines (when standard output is not a terminal).</summary>
    public bool JsonLogs { get; init; }

    /// <summary>Whether the console logger is installed at all (tests turn it off).</summary>
    public bool ConsoleLogs { get; init; } = true;
}
