using System.Text;
using System.Text.Json;
using AccountabilityKit.Localization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>
/// Reads input files strictly. A missing or unreadable file, a file over the size limit (AK046), bytes that are not
/// text in the run's encoding (AK045, with the byte offset) and text that is not JSON at all are usage errors (exit 2);
/// nothing is ever replaced by U+FFFD.
/// </summary>
internal static class InputFiles
{
    /// <summary>
    /// The whole text of a document file, at most <see cref="DocumentLimits.MaxBytes"/> of the default limits (checked
    /// from the file's length before reading), decoded with <see cref="DocumentText"/> in the run's
    /// <see cref="InputEncoding"/>; or a <see cref="UsageException"/> naming the file. <paramref name="kind"/> is the Cli
    /// catalogue key of what the file holds (<c>FileKindTemplate</c>, …).
    /// </summary>
    public static string ReadText(string path, string kind)
    {
        var what = RequireFile(path, kind);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (!DocumentText.TryReadBounded(stream, DocumentLimits.Default, out var bytes, out var report)
                || !DocumentText.TryDecode(bytes.Span, InputEncoding.Value, out var text, out report))
            {
                throw NotText(what, path, report);
            }

            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(what, path, e);
        }
    }

    /// <summary>Checks that <paramref name="path"/> names an existing file and returns the catalogue text of its kind.</summary>
    public static Message RequireFile(string path, string kind)
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

        return what;
    }

    /// <summary>The usage error for a file that could not be opened or read.</summary>
    public static UsageException Unreadable(Message what, string path, Exception e) =>
        new(Catalog.Of(nameof(Messages.FileUnreadable), ("kind", what), ("path", path), ("reason", e.Message)), e);

    /// <summary>The usage error for a file refused before it was parsed: too large (AK046) or not text (AK045, with the byte offset).</summary>
    public static UsageException NotText(Message what, string path, ValidationReport report)
    {
        var issue = report.Issues[0];
        return UsageException.Of(nameof(Messages.FileNotText), ("kind", what), ("path", path), ("code", issue.Code), ("reason", issue.Text));
    }

    /// <summary>
    /// Whether the JSON text starts with an array: whitespace and comments (<c>//</c>, <c>/* */</c>, which the readers
    /// allow) are skipped before the first token decides. Text that is not JSON answers false (its reader reports it).
    /// </summary>
    public static bool StartsWithArray(string json) => FirstToken(json) == JsonTokenType.StartArray;

    /// <summary>
    /// The first JSON token of <paramref name="json"/> after whitespace and comments, or <see cref="JsonTokenType.None"/>
    /// when there is none or the text is not JSON (its reader reports it).
    /// </summary>
    public static JsonTokenType FirstToken(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = DocumentLimits.DefaultMaxDepth });
        try
        {
            return reader.Read() ? reader.TokenType : JsonTokenType.None;
        }
        catch (JsonException)
        {
            return JsonTokenType.None;
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
