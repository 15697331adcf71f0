using AccountabilityKit.Localization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>Reads input files; a missing or unreadable file, or text that is not JSON at all, is a usage error (exit 2).</summary>
internal static class InputFiles
{
    /// <summary>
    /// The whole text of a file (UTF-8), or a <see cref="UsageException"/> naming the file; <paramref name="kind"/> is the
    /// Cli catalogue key of what the file holds (<c>FileKindTemplate</c>, …).
    /// </summary>
    public static string ReadText(string path, string kind)
    {
        var what = Catalog.Of(kind);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw UsageException.Of(nameof(Messages.FileNotGiven), ("kind", what));
        }

        if (Directory.Exists(path))
        {
            throw UsageException.Of(nameof(Messages.FileIsDirectory), ("kind", what), ("path", path));
        }

        if (!File.Exists(path))
        {
            throw UsageException.Of(nameof(Messages.FileNotFound), ("kind", what), ("path", path));
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(Catalog.Of(nameof(Messages.FileUnreadable), ("kind", what), ("path", path), ("reason", e.Message)), e);
        }
    }

    /// <summary>
    /// Throws a <see cref="UsageException"/> when a reading report says the text is not well-formed JSON (AK040):
    /// such a file was not read at all. Other problems (unknown or missing properties, bad values, rule violations)
    /// are problems of an input that was read, reported with exit code 1.
    /// </summary>
    public static void ThrowIfNotJson(ValidationReport report, string path)
    {
        var malformed = report.Issues.FirstOrDefault(i => i.Code == VocabularyIssueCodes.MalformedJson);
        if (malformed is not null)
        {
            throw UsageException.Of(
                nameof(Messages.FileNotJson),
                ("path", path),
                ("code", malformed.Code),
                ("where", malformed.Path.Length == 0 ? JsonPaths.Root : malformed.Path),
                ("reason", malformed.Text));
        }
    }
}
