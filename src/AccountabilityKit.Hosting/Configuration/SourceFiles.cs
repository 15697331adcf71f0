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
                Catalog.Of(nameof(Messages.FileUnreadable), ("path", path), ("reason", e.Message))));
            return false;
        }
    }
}
