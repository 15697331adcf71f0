using AccountabilityKit.Localization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Hosting;

/// <summary>Reads a configured file, turning every way it can fail into an issue <c>HO001</c> instead of an exception.</summary>
internal static class SourceFiles
{
    public static bool TryRead(string path, out string text, out ValidationReport report)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
            text = File.ReadAllText(full);
            report = ValidationReport.Empty;
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
