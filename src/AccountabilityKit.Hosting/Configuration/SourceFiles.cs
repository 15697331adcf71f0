using AccountabilityKit.Localization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Hosting;

/// <summary>
/// Reads a configured file, turning every way it can fail into an issue instead of an exception: <c>HO001</c> when it cannot
/// be opened or read, <c>AK046</c> when it is larger than <see cref="DocumentLimits.MaxBytes"/> (checked while reading),
/// <c>AK045</c> with the byte offset when it is not strict UTF-8 (a leading BOM is allowed; nothing is replaced by U+FFFD).
/// </summary>
internal static class SourceFiles
{
    public static bool TryRead(string path, out string text, out ValidationReport report)
    {
        text = string.Empty;
        try
        {
            var full = Path.GetFullPath(path);
            using var stream = File.OpenRead(full);
            if (!DocumentText.TryReadBounded(stream, DocumentLimits.Default, out var bytes, out report)
                || !DocumentText.TryDecode(bytes.Span, DocumentEncoding.Utf8, out var decoded, out report))
            {
                return false;
            }

            text = decoded;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            text = string.Empty;
            report = ValidationReport.Of(ValidationIssue.Error(
                HostingIssueCodes.FileUnreadable,
                JsonPaths.Root,
                Catalog.Of(nameof(Messages.FileUnreadable), ("path", path), ("reason", Reason(e)), ("detail", e.Message))));
            return false;
        }
    }

    /// <summary>Why the file could not be read, in the catalogue's words (the system's own text stays in the <c>detail</c> argument).</summary>
    private static Message Reason(Exception e) => Catalog.Of(e switch
    {
        FileNotFoundException => nameof(Messages.ReasonFileNotFound),
        DirectoryNotFoundException => nameof(Messages.ReasonDirectoryNotFound),
        UnauthorizedAccessException => nameof(Messages.ReasonAccessDenied),
        ArgumentException or NotSupportedException or PathTooLongException => nameof(Messages.ReasonInvalidPath),
        _ => nameof(Messages.ReasonIoError),
    });
}
