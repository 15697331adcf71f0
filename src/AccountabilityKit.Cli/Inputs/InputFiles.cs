using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>Reads input files; a missing or unreadable file, or text that is not JSON at all, is a usage error (exit 2).</summary>
internal static class InputFiles
{
    /// <summary>The whole text of a file (UTF-8), or a <see cref="UsageException"/> naming the file.</summary>
    public static string ReadText(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException($"no {what} file given");
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"{what} file '{path}' is a directory");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{what} file '{path}' not found");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{what} file '{path}' cannot be read: {e.Message}", e);
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
            throw new UsageException($"'{path}' is not well-formed JSON ({malformed.Code} at {malformed.Path}: {malformed.Message})");
        }
    }
}
